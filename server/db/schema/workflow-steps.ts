import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { person } from './identity';
import { municipality } from './municipality';

// Every workflow transition of an application: who, when, from which state to which, and
// why. Append-only; the record's history timeline is read from here.
export const applicationEvent = sqliteTable(
	'application_event',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		action: text('action').notNull(),
		fromStatus: text('from_status').notNull(),
		toStatus: text('to_status').notNull(),
		actorId: text('actor_id').references(() => person.id),
		actorRole: text('actor_role', { enum: ['citizen', 'officer', 'system'] }).notNull(),
		reason: text('reason'),
		createdAt: createdAt()
	},
	(t) => [index('application_event_app_idx').on(t.applicationId, t.createdAt)]
);

// Notes officers keep on an application; never shown to the citizen.
export const applicationNote = sqliteTable(
	'application_note',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		authorId: text('author_id')
			.notNull()
			.references(() => person.id),
		text: text('text').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('application_note_app_idx').on(t.applicationId, t.createdAt)]
);

// An officer's request for more information, and the citizen's answer (text; files are
// attachments of the application named in `answerAttachmentIds`).
export const informationRequest = sqliteTable(
	'information_request',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		question: text('question').notNull(),
		requestedBy: text('requested_by')
			.notNull()
			.references(() => person.id),
		requestedAt: integer('requested_at').notNull(),
		answer: text('answer'),
		answerAttachmentIds: text('answer_attachment_ids', { mode: 'json' }).$type<string[]>(),
		answeredAt: integer('answered_at')
	},
	(t) => [index('information_request_app_idx').on(t.applicationId, t.requestedAt)]
);
