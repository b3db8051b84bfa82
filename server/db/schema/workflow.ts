import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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

// What a service lets officers filter by, beyond the columns (an institution chosen, a
// priority ground claimed): one row per value, written with every change of the answers,
// so filtering is an indexed join, never a scan of the JSON.
export const applicationFacet = sqliteTable(
	'application_facet',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		facet: text('facet').notNull(),
		value: text('value').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.applicationId, t.facet, t.value] }),
		index('application_facet_lookup_idx').on(t.municipalityId, t.facet, t.value)
	]
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

// The decision on an application, with its PDF (a blob, by SHA-256).
export const decision = sqliteTable('decision', {
	applicationId: text('application_id')
		.primaryKey()
		.references(() => application.id),
	municipalityId: text('municipality_id')
		.notNull()
		.references(() => municipality.id),
	outcome: text('outcome', { enum: ['approved', 'refused'] }).notNull(),
	number: text('number').notNull().unique(),
	paragraphs: text('paragraphs', { mode: 'json' }).$type<string[]>().notNull(),
	officerId: text('officer_id')
		.notNull()
		.references(() => person.id),
	pdfSha256: text('pdf_sha256').notNull(),
	decidedAt: integer('decided_at').notNull()
});

// The municipality's register of advertising permits issued.
export const permit = sqliteTable(
	'permit',
	{
		number: text('number').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		applicationId: text('application_id')
			.notNull()
			.unique()
			.references(() => application.id),
		/** The e-service that issued it (its application's); the register lists any service's. */
		service: text('service').notNull().default(''),
		kind: text('kind').notNull(),
		holder: text('holder').notNull(),
		location: text('location').notNull(),
		lat: real('lat'),
		lon: real('lon'),
		validFrom: text('valid_from').notNull(),
		validTo: text('valid_to').notNull(),
		/** The service's own facts for its register columns (`PermitFacts.details`). */
		details: text('details', { mode: 'json' })
			.$type<Record<string, string>>()
			.notNull()
			.default({}),
		issuedAt: integer('issued_at').notNull()
	},
	(t) => [index('permit_municipality_valid_idx').on(t.municipalityId, t.validTo)]
);

// A notice to a person (in the app), and the email that carries it when an address is
// known: the outbox a worker sends from, retrying what the mail server deferred.
export const notification = sqliteTable(
	'notification',
	{
		id: text('id').primaryKey(),
		personId: text('person_id')
			.notNull()
			.references(() => person.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		applicationId: text('application_id').references(() => application.id),
		kind: text('kind').notNull(),
		// The template's input (server/mail/templates), so the email can be rendered again.
		payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		createdAt: createdAt(),
		readAt: integer('read_at'),
		emailTo: text('email_to'),
		emailStatus: text('email_status', {
			enum: ['none', 'pending', 'sent', 'failed']
		}).notNull(),
		emailAttempts: integer('email_attempts').notNull().default(0),
		nextAttemptAt: integer('next_attempt_at'),
		emailError: text('email_error')
	},
	(t) => [
		index('notification_person_idx').on(t.personId, t.createdAt),
		index('notification_outbox_idx').on(t.emailStatus, t.nextAttemptAt)
	]
);

// Per municipality and year, the last decision and permit numbers given.
export const documentCounter = sqliteTable(
	'document_counter',
	{
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		kind: text('kind', { enum: ['decision', 'permit'] }).notNull(),
		year: integer('year').notNull(),
		value: integer('value').notNull()
	},
	(t) => [primaryKey({ columns: [t.municipalityId, t.kind, t.year] })]
);
