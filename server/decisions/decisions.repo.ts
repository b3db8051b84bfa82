import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { decision, documentCounter, permit } from '../db/schema/workflow';

export type DecisionRow = typeof decision.$inferSelect;
export type PermitRow = typeof permit.$inferSelect;

export const decisionsRepo = {
	find(db: DbOrTx, municipalityId: string, applicationId: string): DecisionRow | null {
		return (
			db
				.select()
				.from(decision)
				.where(
					and(
						eq(decision.municipalityId, municipalityId),
						eq(decision.applicationId, applicationId)
					)
				)
				.get() ?? null
		);
	},
	findPermit(db: DbOrTx, applicationId: string): PermitRow | null {
		return db.select().from(permit).where(eq(permit.applicationId, applicationId)).get() ?? null;
	},
	/** The municipality's register: permits valid on or after `from`, the latest ending first. */
	/** Permits valid on `from` or later, of one service or (services null) of every service. */
	listPermits(
		db: DbOrTx,
		municipalityId: string,
		from: string,
		limit: number,
		services: string | readonly string[] | null = null
	): PermitRow[] {
		const of = typeof services === 'string' ? [services] : services;
		return db
			.select()
			.from(permit)
			.where(
				and(
					eq(permit.municipalityId, municipalityId),
					gte(permit.validTo, from),
					of ? inArray(permit.service, [...of]) : undefined
				)
			)
			.orderBy(desc(permit.validTo), desc(permit.number))
			.limit(limit)
			.all();
	},
	insert(db: DbOrTx, row: DecisionRow): void {
		db.insert(decision).values(row).run();
	},
	insertPermit(db: DbOrTx, row: PermitRow): void {
		db.insert(permit).values(row).run();
	},
	/** The last number given this year (0 if none). */
	lastNumber(db: DbOrTx, municipalityId: string, kind: 'decision' | 'permit', year: number) {
		return (
			db
				.select({ value: documentCounter.value })
				.from(documentCounter)
				.where(
					and(
						eq(documentCounter.municipalityId, municipalityId),
						eq(documentCounter.kind, kind),
						eq(documentCounter.year, year)
					)
				)
				.get()?.value ?? 0
		);
	},
	setLastNumber(
		db: DbOrTx,
		municipalityId: string,
		kind: 'decision' | 'permit',
		year: number,
		value: number
	): void {
		db.insert(documentCounter)
			.values({ municipalityId, kind, year, value })
			.onConflictDoUpdate({
				target: [documentCounter.municipalityId, documentCounter.kind, documentCounter.year],
				set: { value }
			})
			.run();
	}
};
