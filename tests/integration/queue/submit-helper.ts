import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import type { Answers } from '../../../src/lib/services/types';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';
import { callerFor, type freshDb } from '../harness';

type Db = ReturnType<typeof freshDb>;

/** An enrolment submitted through sync.push by `citizen`, as a device would send it. */
export async function submitEnrolment(
	db: Db,
	municipalityId: string,
	options: { citizen?: string; fields?: Answers; now?: number } = {}
): Promise<string> {
	const fields = { ...completeFieldsFor(municipalityId), ...options.fields };
	const { recordId, mutations } = draftAndSubmit(1, municipalityId, fields);
	const now = options.now;
	const out = await callerFor(
		db,
		options.citizen ?? 'demo-citizen-anna',
		now === undefined ? undefined : () => now
	).sync.push({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, mutations });
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	return recordId;
}

/** The facet values of one application, as "facet=value" sorted. */
export function facetsOf(db: Db, id: string): string[] {
	const rows = db.$client
		.prepare('select facet, value from application_facet where application_id = ?')
		.all(id) as { facet: string; value: string }[];
	return rows.map((r) => `${r.facet}=${r.value}`).sort();
}
