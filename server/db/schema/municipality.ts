import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const municipality = sqliteTable('municipality', {
	// A readable slug ("riga"): it appears in citizens' URLs.
	id: text('id').primaryKey(),
	atvk: text('atvk').notNull().unique(),
	nameLv: text('name_lv').notNull(),
	nameEn: text('name_en').notNull(),
	// The Latvian name's genitive ("Rīgas", "Ādažu novada") and locative ("Rīgā", "Ādažu
	// novadā"), as documents need them ("apstrīdēt Rīgas domē"), and the official name of the
	// municipality as an authority ("Rīgas valstspilsētas pašvaldība") for document headers.
	// Null for municipalities added before migration 0012: documents then use wording that
	// needs no declension (server/decisions/municipality-names.ts).
	nameLvGenitive: text('name_lv_genitive'),
	nameLvLocative: text('name_lv_locative'),
	officialNameLv: text('official_name_lv'),
	// Prefix of the registration numbers given to submitted applications ("RIGA-2026-000001").
	registrationPrefix: text('registration_prefix').notNull().unique(),
	createdAt: createdAt()
});

export const institution = sqliteTable(
	'institution',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		nameLv: text('name_lv').notNull(),
		nameEn: text('name_en').notNull(),
		kind: text('kind', { enum: ['preschool', 'school'] }).notNull(),
		address: text('address').notNull(),
		// Demo institutions are invented for the demo and say so in their names.
		isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [index('institution_municipality_id_idx').on(t.municipalityId)]
);
