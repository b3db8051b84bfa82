import { and, eq } from 'drizzle-orm';
import type { Db } from './client.server';
import { institution } from './schema/municipality';
import { placementCapacity, placementProgramme, placementSettings } from './schema/placement';
import { DEMO_MUNICIPALITIES, DEMO_PLACEMENT_SERVICE } from './seed-data';

const DEMO_START = '2027-09-01';
const DEMO_CAPACITY_FROM = '2026-01-01';

/**
 * DEMO VALUES: a few small programmes per demo institution so that `npm start` shows queues
 * and runs with competition (two seats a group). A real municipality enters its own.
 */
const DEMO_PROGRAMMES = [
	{ slug: 'saulite', level: 'preschool', groupName: 'Mārītes (3–4 gadi)', seats: 2 },
	{ slug: 'zilite', level: 'preschool', groupName: 'Zīlītes (3–4 gadi)', seats: 2 },
	{ slug: 'pamatskola', level: 'grade1', groupName: '1.a', seats: 2 },
	{ slug: 'pamatskola', level: 'grade10', groupName: '10.a', seats: 2 }
] as const;

/**
 * Demo municipalities get the demo programmes, their capacity and default placement settings,
 * where absent (never changing what an officer or admin set since).
 */
export function seedDemoPlacement(db: Db, now: number): void {
	db.transaction((tx) => {
		for (const m of DEMO_MUNICIPALITIES) {
			tx.insert(placementSettings)
				.values({ municipalityId: m.id, settings: {}, updatedAt: now, updatedBy: null })
				.onConflictDoNothing()
				.run();
			for (const p of DEMO_PROGRAMMES) {
				const institutionId = `${m.id}-${p.slug}`;
				const exists = tx
					.select({ id: institution.id })
					.from(institution)
					.where(and(eq(institution.id, institutionId), eq(institution.municipalityId, m.id)))
					.get();
				if (!exists) {
					continue;
				}
				const id = `${institutionId}-${p.level}-lv-${DEMO_START.slice(0, 4)}`;
				tx.insert(placementProgramme)
					.values({
						id,
						municipalityId: m.id,
						institutionId,
						service: DEMO_PLACEMENT_SERVICE,
						level: p.level,
						groupName: p.groupName,
						language: 'lv',
						startDate: DEMO_START,
						enrolled: 0,
						createdAt: now,
						updatedAt: now
					})
					.onConflictDoNothing()
					.run();
				tx.insert(placementCapacity)
					.values({
						id: `${id}-capacity`,
						municipalityId: m.id,
						programmeId: id,
						validFrom: DEMO_CAPACITY_FROM,
						seats: p.seats,
						createdBy: null,
						createdAt: now
					})
					.onConflictDoNothing()
					.run();
			}
		}
	});
}
