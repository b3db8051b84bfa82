import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipality } from './municipality';

/**
 * Which e-services a municipality offers and how it has set each up (institutions come from
 * their own table; priority groups, tariffs, limits, deadlines and texts are here). The JSON
 * is parsed by the service's settingsSchema on every read: onboarding a municipality or
 * changing a tariff is data, never a source change.
 */
export const serviceSettings = sqliteTable(
	'service_settings',
	{
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		service: text('service').notNull(),
		enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
		settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		updatedAt: integer('updated_at').notNull(),
		// Null when written by the seed or a migration.
		updatedBy: text('updated_by')
	},
	(t) => [primaryKey({ columns: [t.municipalityId, t.service] })]
);
