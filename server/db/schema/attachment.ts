import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { municipality } from './municipality';

// One row per distinct file content: identical files are stored (and uploaded) once.
export const blob = sqliteTable('blob', {
	// Lowercase hex SHA-256 of the whole file: the file's name on disk and its identity.
	sha256: text('sha256').primaryKey(),
	size: integer('size').notNull(),
	mime: text('mime').notNull(),
	// Bytes appended so far: the resume offset of an interrupted upload.
	receivedBytes: integer('received_bytes').notNull().default(0),
	status: text('status', { enum: ['partial', 'complete'] }).notNull(),
	// Relative to the blob folder, so the folder can move with the database.
	path: text('path').notNull(),
	createdAt: createdAt()
});

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
