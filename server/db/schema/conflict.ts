import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt } from './columns';
import { municipality } from './municipality';

/**
 * Which fields each version of an application changed, and who changed them: an edit made
 * on an older version is merged against exactly the fields changed since (ODK-style).
 */
export const applicationChange = sqliteTable(
	'application_change',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
		actorId: text('actor_id').notNull(),
		actorRole: text('actor_role', { enum: ['citizen', 'officer'] }).notNull(),
		// The device that made the change: its own later edits already include it.
		clientId: text('client_id'),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.version] })]
);

/**
 * Two changes of the same field that the server did not silently reconcile: both values
 * are kept here, shown to the applicant and the officer, until one of them resolves it.
 */
export const conflict = sqliteTable(
	'conflict',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id, { onDelete: 'cascade' }),
		field: text('field').notNull(),
		// hard: both sides changed the field; stale-state: an edit arrived after the workflow
		// locked the record (the edit was not applied).
		kind: text('kind', { enum: ['hard', 'stale-state'] }).notNull(),
		baseVersion: integer('base_version').notNull(),
		serverVersion: integer('server_version').notNull(),
		clientValue: text('client_value', { mode: 'json' }).$type<unknown>(),
		serverValue: text('server_value', { mode: 'json' }).$type<unknown>(),
		// Who made each side: the person whose edit arrived last, and the one it met.
		clientActorRole: text('client_actor_role', { enum: ['citizen', 'officer'] }).notNull(),
		serverActorRole: text('server_actor_role', { enum: ['citizen', 'officer'] }).notNull(),
		// The device change that met the other side, so that device can drop its own copy
		// once the conflict holds it.
		clientId: text('client_id'),
		mutationId: integer('mutation_id'),
		status: text('status', { enum: ['open', 'resolved'] }).notNull(),
		resolution: text('resolution', { enum: ['client', 'server'] }),
		resolvedBy: text('resolved_by'),
		resolvedAt: integer('resolved_at'),
		serverSeq: integer('server_seq').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('conflict_application_idx').on(t.applicationId, t.status),
		index('conflict_server_seq_idx').on(t.serverSeq)
	]
);
