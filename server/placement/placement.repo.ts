import { and, asc, desc, eq, inArray, isNull, lte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import {
	placementCapacity,
	placementCase,
	placementOffer,
	placementProgramme,
	placementRuleSet,
	placementRun,
	placementSettings
} from '../db/schema/placement';

export type ProgrammeRow = typeof placementProgramme.$inferSelect;
export type RunRow = typeof placementRun.$inferSelect;
export type OfferRow = typeof placementOffer.$inferSelect;
export type CaseRow = typeof placementCase.$inferSelect;

/** Placement's rows; every method takes the municipality. */
export const placementRepo = {
	programmes(db: DbOrTx, municipalityId: string, service?: string) {
		return db
			.select()
			.from(placementProgramme)
			.where(
				and(
					eq(placementProgramme.municipalityId, municipalityId),
					service ? eq(placementProgramme.service, service) : undefined
				)
			)
			.orderBy(asc(placementProgramme.institutionId), asc(placementProgramme.id))
			.all();
	},
	programme(db: DbOrTx, municipalityId: string, id: string) {
		return (
			db
				.select()
				.from(placementProgramme)
				.where(
					and(eq(placementProgramme.municipalityId, municipalityId), eq(placementProgramme.id, id))
				)
				.get() ?? null
		);
	},
	insertProgramme(db: DbOrTx, row: typeof placementProgramme.$inferInsert) {
		db.insert(placementProgramme).values(row).onConflictDoNothing().run();
	},
	setEnrolled(db: DbOrTx, municipalityId: string, id: string, enrolled: number, now: number) {
		db.update(placementProgramme)
			.set({ enrolled, updatedAt: now })
			.where(
				and(eq(placementProgramme.municipalityId, municipalityId), eq(placementProgramme.id, id))
			)
			.run();
	},
	/** Seats per programme on `day`: the latest row valid from that day or before. */
	seatsOn(db: DbOrTx, municipalityId: string, day: string): Map<string, number> {
		const rows = db
			.select({
				programmeId: placementCapacity.programmeId,
				validFrom: placementCapacity.validFrom,
				seats: placementCapacity.seats
			})
			.from(placementCapacity)
			.where(
				and(
					eq(placementCapacity.municipalityId, municipalityId),
					lte(placementCapacity.validFrom, day)
				)
			)
			.orderBy(asc(placementCapacity.validFrom))
			.all();
		return new Map(rows.map((r) => [r.programmeId, r.seats]));
	},
	capacityHistory(db: DbOrTx, municipalityId: string, programmeId: string) {
		return db
			.select()
			.from(placementCapacity)
			.where(
				and(
					eq(placementCapacity.municipalityId, municipalityId),
					eq(placementCapacity.programmeId, programmeId)
				)
			)
			.orderBy(asc(placementCapacity.validFrom))
			.all();
	},
	upsertCapacity(db: DbOrTx, row: typeof placementCapacity.$inferInsert) {
		db.insert(placementCapacity)
			.values(row)
			.onConflictDoUpdate({
				target: [placementCapacity.programmeId, placementCapacity.validFrom],
				set: { seats: row.seats, createdBy: row.createdBy, createdAt: row.createdAt }
			})
			.run();
	},
	settings(db: DbOrTx, municipalityId: string) {
		return (
			db
				.select()
				.from(placementSettings)
				.where(eq(placementSettings.municipalityId, municipalityId))
				.get() ?? null
		);
	},
	saveSettings(db: DbOrTx, row: typeof placementSettings.$inferInsert) {
		db.insert(placementSettings)
			.values(row)
			.onConflictDoUpdate({
				target: placementSettings.municipalityId,
				set: { settings: row.settings, updatedAt: row.updatedAt, updatedBy: row.updatedBy }
			})
			.run();
	},
	/** An intake's rule set versions, the newest first. */
	ruleSets(db: DbOrTx, municipalityId: string, intake: string) {
		return db
			.select()
			.from(placementRuleSet)
			.where(
				and(
					eq(placementRuleSet.municipalityId, municipalityId),
					eq(placementRuleSet.intake, intake)
				)
			)
			.orderBy(desc(placementRuleSet.version))
			.all();
	},
	insertRuleSet(db: DbOrTx, row: typeof placementRuleSet.$inferInsert) {
		db.insert(placementRuleSet).values(row).run();
	},
	insertRun(db: DbOrTx, row: typeof placementRun.$inferInsert) {
		db.insert(placementRun).values(row).run();
	},
	run(db: DbOrTx, municipalityId: string, id: string) {
		return (
			db
				.select()
				.from(placementRun)
				.where(and(eq(placementRun.municipalityId, municipalityId), eq(placementRun.id, id)))
				.get() ?? null
		);
	},
	runs(db: DbOrTx, municipalityId: string, limit: number) {
		return db
			.select({
				id: placementRun.id,
				service: placementRun.service,
				intake: placementRun.intake,
				kind: placementRun.kind,
				runDate: placementRun.runDate,
				status: placementRun.status,
				seedHash: placementRun.seedHash,
				createdAt: placementRun.createdAt,
				publishedAt: placementRun.publishedAt
			})
			.from(placementRun)
			.where(eq(placementRun.municipalityId, municipalityId))
			.orderBy(desc(placementRun.createdAt))
			.limit(limit)
			.all();
	},
	/** The last published run of an intake (its cut-offs explain the queue). */
	lastPublished(db: DbOrTx, municipalityId: string, service: string, intake: string) {
		return (
			db
				.select()
				.from(placementRun)
				.where(
					and(
						eq(placementRun.municipalityId, municipalityId),
						eq(placementRun.service, service),
						eq(placementRun.intake, intake),
						eq(placementRun.status, 'published')
					)
				)
				.orderBy(desc(placementRun.publishedAt))
				.limit(1)
				.get() ?? null
		);
	},
	recordResult(
		db: DbOrTx,
		municipalityId: string,
		id: string,
		values: { status: 'verified' | 'failed'; result: string; report: string; ranAt: number }
	) {
		db.update(placementRun)
			.set(values)
			.where(and(eq(placementRun.municipalityId, municipalityId), eq(placementRun.id, id)))
			.run();
	},
	markPublished(db: DbOrTx, municipalityId: string, id: string, by: string, now: number) {
		return db
			.update(placementRun)
			.set({ status: 'published', publishedAt: now, publishedBy: by })
			.where(
				and(
					eq(placementRun.municipalityId, municipalityId),
					eq(placementRun.id, id),
					eq(placementRun.status, 'verified')
				)
			)
			.run().changes;
	},
	insertOffer(db: DbOrTx, row: typeof placementOffer.$inferInsert) {
		db.insert(placementOffer).values(row).run();
	},
	offer(db: DbOrTx, municipalityId: string, id: string) {
		return (
			db
				.select()
				.from(placementOffer)
				.where(and(eq(placementOffer.municipalityId, municipalityId), eq(placementOffer.id, id)))
				.get() ?? null
		);
	},
	offersOfApplication(db: DbOrTx, municipalityId: string, applicationId: string) {
		return db
			.select()
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					eq(placementOffer.applicationId, applicationId)
				)
			)
			.orderBy(asc(placementOffer.offeredAt))
			.all();
	},
	offersOfApplications(db: DbOrTx, municipalityId: string, applicationIds: readonly string[]) {
		if (applicationIds.length === 0) {
			return [];
		}
		return db
			.select()
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					inArray(placementOffer.applicationId, applicationIds as string[])
				)
			)
			.all();
	},
	offersOfRun(db: DbOrTx, municipalityId: string, runId: string) {
		return db
			.select()
			.from(placementOffer)
			.where(
				and(eq(placementOffer.municipalityId, municipalityId), eq(placementOffer.runId, runId))
			)
			.all();
	},
	/** Accepted offers not released: the seats children hold now (rolling rounds keep them). */
	heldByApplication(db: DbOrTx, municipalityId: string): Map<string, string> {
		const rows = db
			.select({
				applicationId: placementOffer.applicationId,
				programmeId: placementOffer.programmeId
			})
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					eq(placementOffer.status, 'accepted'),
					isNull(placementOffer.releasedAt)
				)
			)
			.orderBy(asc(placementOffer.offeredAt))
			.all();
		return new Map(rows.map((r) => [r.applicationId, r.programmeId]));
	},
	/** Seats held per programme: open offers, and accepted ones not released. */
	heldSeats(db: DbOrTx, municipalityId: string): Map<string, number> {
		const rows = db
			.select({ programmeId: placementOffer.programmeId, n: sql<number>`count(*)` })
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					inArray(placementOffer.status, ['offered', 'accepted']),
					isNull(placementOffer.releasedAt)
				)
			)
			.groupBy(placementOffer.programmeId)
			.all();
		return new Map(rows.map((r) => [r.programmeId, r.n]));
	},
	/** Seats freed since `since`: declined, expired or released offers. */
	freedSince(db: DbOrTx, municipalityId: string, since: number): Map<string, number> {
		const rows = db
			.select({ programmeId: placementOffer.programmeId, n: sql<number>`count(*)` })
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					sql`coalesce(${placementOffer.releasedAt}, case when ${placementOffer.status} in ('declined','expired') then ${placementOffer.respondedAt} end) >= ${since}`
				)
			)
			.groupBy(placementOffer.programmeId)
			.all();
		return new Map(rows.map((r) => [r.programmeId, r.n]));
	},
	answerOffer(
		db: DbOrTx,
		municipalityId: string,
		id: string,
		status: 'accepted' | 'declined' | 'expired',
		now: number
	) {
		return db
			.update(placementOffer)
			.set({ status, respondedAt: now })
			.where(
				and(
					eq(placementOffer.municipalityId, municipalityId),
					eq(placementOffer.id, id),
					eq(placementOffer.status, 'offered')
				)
			)
			.run().changes;
	},
	release(db: DbOrTx, municipalityId: string, id: string, now: number) {
		db.update(placementOffer)
			.set({ releasedAt: now })
			.where(and(eq(placementOffer.municipalityId, municipalityId), eq(placementOffer.id, id)))
			.run();
	},
	/** Open offers past their deadline, every municipality (the scheduler's sweep). */
	overdue(db: DbOrTx, now: number) {
		return db
			.select()
			.from(placementOffer)
			.where(and(eq(placementOffer.status, 'offered'), lte(placementOffer.deadline, now)))
			.all();
	},
	/** Open offers not yet reminded whose deadline is before `before`. */
	toRemind(db: DbOrTx, before: number) {
		return db
			.select()
			.from(placementOffer)
			.where(
				and(
					eq(placementOffer.status, 'offered'),
					isNull(placementOffer.remindedAt),
					lt(placementOffer.deadline, before)
				)
			)
			.all();
	},
	markReminded(db: DbOrTx, municipalityId: string, id: string, now: number) {
		db.update(placementOffer)
			.set({ remindedAt: now })
			.where(and(eq(placementOffer.municipalityId, municipalityId), eq(placementOffer.id, id)))
			.run();
	},
	insertCase(db: DbOrTx, row: typeof placementCase.$inferInsert) {
		db.insert(placementCase).values(row).run();
	},
	casesOf(db: DbOrTx, municipalityId: string, applicationIds: readonly string[]) {
		if (applicationIds.length === 0) {
			return [];
		}
		return db
			.select()
			.from(placementCase)
			.where(
				and(
					eq(placementCase.municipalityId, municipalityId),
					inArray(placementCase.applicationId, applicationIds as string[])
				)
			)
			.orderBy(asc(placementCase.createdAt))
			.all();
	},
	municipalitiesWithSettings(db: DbOrTx) {
		return db
			.select({ municipalityId: placementSettings.municipalityId })
			.from(placementSettings)
			.all();
	}
};
