import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { person } from './identity';
import { municipality } from './municipality';

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
