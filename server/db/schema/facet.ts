import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { municipality } from './municipality';

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
