import type { KopaDb } from './db';

/**
 * The form steps a person has been through ("continue" pressed) on this device, per
 * application. Only the task list reads them: a step with nothing required stays
 * "not started" until then (GOV.UK task list). Kept in `meta`, so no Dexie schema change;
 * a step answered elsewhere still counts as seen because it has answers.
 */
const keyFor = (recordId: string) => `visitedSteps:${recordId}`;

export async function loadVisitedSteps(db: KopaDb, recordId: string): Promise<Set<string>> {
	const row = await db.meta.get(keyFor(recordId));
	const value: unknown = row?.value;
	return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
}

export async function markStepVisited(
	db: KopaDb,
	recordId: string,
	stepId: string
): Promise<Set<string>> {
	return db.transaction('rw', db.meta, async () => {
		const steps = await loadVisitedSteps(db, recordId);
		steps.add(stepId);
		await db.meta.put({ key: keyFor(recordId), value: [...steps] });
		return steps;
	});
}
