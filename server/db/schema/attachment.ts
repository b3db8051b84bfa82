import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { person } from './identity';
import { municipality } from './municipality';

// One row per distinct file content: identical files are stored once. It is made when a
// content is first attached; until someone's verified bytes arrive ('complete'), size and
// mime are only the first claim and prove nothing.
export const blob = sqliteTable('blob', {
	// Lowercase hex SHA-256 of the whole file: the file's name on disk and its identity.
	sha256: text('sha256').primaryKey(),
	size: integer('size').notNull(),
	mime: text('mime').notNull(),
	// Bytes of the shared file: `size` once complete, else 0. Upload progress is per person,
	// in `blob_upload` (before migration 0003 this was the one shared resume offset).
	receivedBytes: integer('received_bytes').notNull().default(0),
	status: text('status', { enum: ['partial', 'complete'] }).notNull(),
	// Relative to the blob folder, so the folder can move with the database.
	path: text('path').notNull(),
	createdAt: createdAt()
});

// One person's upload of one content, under way. Each person who attaches a content sends
// its bytes themselves (proof of possession), unless they already sent it: whether someone
// else did must not show. Their bytes wait in a file of their own until the whole is hashed;
// the row goes once they are verified and their attachments are present.
export const blobUpload = sqliteTable(
	'blob_upload',
	{
		personId: text('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		sha256: text('sha256')
			.notNull()
			.references(() => blob.sha256),
		// What this person claimed (their attachments of it agree): checked against their bytes.
		size: integer('size').notNull(),
		mime: text('mime').notNull(),
		// Bytes of theirs appended so far: their resume offset.
		receivedBytes: integer('received_bytes').notNull().default(0),
		// Their bytes, relative to the blob folder (not the shared file's path).
		path: text('path').notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.personId, t.sha256] })]
);

// A file a citizen attached to an application. It exists as soon as the data mutation is
// applied ('expected'), before its bytes arrive ('present'), so data never waits on files.
export const attachment = sqliteTable(
	'attachment',
	{
		// UUIDv7 made on the citizen's device.
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		sha256: text('sha256')
			.notNull()
			.references(() => blob.sha256),
		filename: text('filename').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		status: text('status', { enum: ['expected', 'present'] }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('attachment_application_id_idx').on(t.applicationId),
		index('attachment_sha256_idx').on(t.sha256)
	]
);
