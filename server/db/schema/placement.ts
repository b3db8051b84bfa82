import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { application } from './application';
import { createdAt, updatedAt } from './columns';
import { institution, municipality } from './municipality';
import { person } from './identity';

// Placement (issue 16): programmes with dated capacity, the municipality's placement settings,
// matching runs with their frozen input and output, and the offers a published run makes.
// JSON columns hold what the run's code wrote; the service parses them on every read.

/** A programme: institution × level (age group or grade) × language × start period. */
export const placementProgramme = sqliteTable(
	'placement_programme',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		institutionId: text('institution_id')
			.notNull()
			.references(() => institution.id),
		// The e-service whose applications are placed here (its `placement` capability).
		service: text('service').notNull(),
		level: text('level').notNull(),
		// Age group (pre-school) or class name (school), as the institution calls it.
		groupName: text('group_name').notNull(),
		language: text('language').notNull(),
		// The start of the period the seats are for (YYYY-MM-DD): with the level, the intake.
		startDate: text('start_date').notNull(),
		// Children already enrolled there (not placed by Kopa's runs).
		enrolled: integer('enrolled').notNull().default(0),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('placement_programme_municipality_idx').on(t.municipalityId, t.service)]
);

/** Seats from a day on: the capacity on a day is the row with the latest validFrom ≤ it. */
export const placementCapacity = sqliteTable(
	'placement_capacity',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		programmeId: text('programme_id')
			.notNull()
			.references(() => placementProgramme.id, { onDelete: 'cascade' }),
		validFrom: text('valid_from').notNull(),
		seats: integer('seats').notNull(),
		createdBy: text('created_by').references(() => person.id),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('placement_capacity_programme_day_idx').on(t.programmeId, t.validFrom)]
);

/** The municipality's placement settings (parsed by zPlacementSettings on every read). */
export const placementSettings = sqliteTable('placement_settings', {
	municipalityId: text('municipality_id')
		.primaryKey()
		.references(() => municipality.id, { onDelete: 'cascade' }),
	settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
	updatedAt: updatedAt(),
	updatedBy: text('updated_by').references(() => person.id)
});

/**
 * A priority rule set (issue 16 item 2) of one intake, versioned: a run uses the version with
 * the latest validFrom on or before its date. Stored as the admin saved it (groups, eligibility,
 * tie-break, windows); the intake's programmes join it at run time.
 */
export const placementRuleSet = sqliteTable(
	'placement_rule_set',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		intake: text('intake').notNull(),
		version: integer('version').notNull(),
		validFrom: text('valid_from').notNull(),
		ruleSet: text('rule_set', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		createdAt: createdAt(),
		createdBy: text('created_by').references(() => person.id)
	},
	(t) => [uniqueIndex('placement_rule_set_version_idx').on(t.municipalityId, t.intake, t.version)]
);

/**
 * A matching run: its input frozen before it ran (snapshot), the hash of its seed published
 * before running, the seed revealed after, the result and the verification report.
 */
export const placementRun = sqliteTable(
	'placement_run',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		service: text('service').notNull(),
		intake: text('intake').notNull(),
		kind: text('kind').$type<'main' | 'second' | 'rolling'>().notNull(),
		runDate: text('run_date').notNull(),
		// prepared: input frozen and the seed's hash shown, not yet run.
		status: text('status').$type<'prepared' | 'verified' | 'failed' | 'published'>().notNull(),
		seedHash: text('seed_hash').notNull(),
		seed: text('seed').notNull(),
		snapshot: text('snapshot').notNull(),
		result: text('result'),
		report: text('report'),
		ranAt: integer('ran_at'),
		createdBy: text('created_by').references(() => person.id),
		createdAt: createdAt(),
		publishedAt: integer('published_at'),
		publishedBy: text('published_by').references(() => person.id)
	},
	(t) => [index('placement_run_municipality_idx').on(t.municipalityId, t.intake, t.createdAt)]
);

/** One offer per child per run: `offered → accepted | declined | expired`. */
export const placementOffer = sqliteTable(
	'placement_offer',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		runId: text('run_id')
			.notNull()
			.references(() => placementRun.id),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		programmeId: text('programme_id')
			.notNull()
			.references(() => placementProgramme.id),
		status: text('status').$type<'offered' | 'accepted' | 'declined' | 'expired'>().notNull(),
		// The reply must be received by the server before this instant.
		deadline: integer('deadline').notNull(),
		deadlineDay: text('deadline_day').notNull(),
		offeredAt: integer('offered_at').notNull(),
		respondedAt: integer('responded_at'),
		remindedAt: integer('reminded_at'),
		// A later accepted offer released this seat (the next run may fill it).
		releasedAt: integer('released_at')
	},
	(t) => [
		uniqueIndex('placement_offer_run_application_idx').on(t.runId, t.applicationId),
		index('placement_offer_application_idx').on(t.applicationId),
		index('placement_offer_programme_status_idx').on(t.programmeId, t.status)
	]
);

/** An officer's handling of an individual case (commission decision, evidence correction). */
export const placementCase = sqliteTable(
	'placement_case',
	{
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id, { onDelete: 'cascade' }),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id),
		kind: text('kind').$type<'commission' | 'evidence'>().notNull(),
		// The group the decision grants, or the fact corrected, and its new value.
		fact: text('fact').notNull(),
		value: text('value').notNull(),
		reason: text('reason').notNull(),
		actorId: text('actor_id')
			.notNull()
			.references(() => person.id),
		createdAt: createdAt()
	},
	(t) => [index('placement_case_application_idx').on(t.applicationId)]
);
