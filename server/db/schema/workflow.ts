import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { person } from './identity';
import { municipality } from './municipality';

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
