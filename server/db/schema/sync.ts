import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { person } from './identity';

export const syncClient = sqliteTable('sync_client', {
	clientId: text('client_id').primaryKey(),
	personId: text('person_id')
		.notNull()
		.references(() => person.id, { onDelete: 'cascade' }),
	lastMutationId: integer('last_mutation_id').notNull().default(0),
	createdAt: createdAt(),
	lastSeenAt: integer('last_seen_at').notNull()
});

export const mutationResult = sqliteTable(
	'mutation_result',
	{
		clientId: text('client_id')
			.notNull()
			.references(() => syncClient.clientId, { onDelete: 'cascade' }),
		mutationId: integer('mutation_id').notNull(),
		status: text('status', { enum: ['applied', 'rejected'] }).notNull(),
		resultJson: text('result_json', { mode: 'json' }).$type<Record<string, unknown>>(),
		errorJson: text('error_json', { mode: 'json' }).$type<Record<string, unknown>>(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.clientId, t.mutationId] })]
);
