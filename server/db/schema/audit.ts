import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit log: append-only (triggers in the migration refuse UPDATE and DELETE). It keeps
 * names as they were, not references, so the record outlives the people and places in it.
 */
export const auditEvent = sqliteTable(
	'audit_event',
	{
		// uuidv7: sorts by time.
		id: text('id').primaryKey(),
		at: integer('at').notNull(),
		// Null for events with no signed-in actor (e.g. a refused sign-in).
		actorId: text('actor_id'),
		actorName: text('actor_name'),
		// e.g. 'sign_in', 'sign_in_refused', 'role.grant', 'role.revoke', 'application.open'.
		action: text('action').notNull(),
		// Null for platform-wide events (a municipality added, a citizen signing in).
		municipalityId: text('municipality_id'),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
		// A coarse origin of the request (the client address), kept for security review.
		address: text('address')
	},
	(t) => [
		index('audit_event_municipality_at_idx').on(t.municipalityId, t.at),
		index('audit_event_actor_at_idx').on(t.actorId, t.at),
		index('audit_event_subject_idx').on(t.subjectType, t.subjectId)
	]
);
