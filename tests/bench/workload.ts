import { uuidv7 } from '../../src/lib/domain/ids';
import type { Mutation } from '../../src/lib/domain/sync';
import { COMPLETE_FIELDS } from '../integration/fixtures';

/**
 * The one workload both sides of the benchmark run: each mutation creates a new enrolment
 * draft, i.e. exactly one new `application` row, so the push figure and the raw-insert
 * figure count the same thing.
 */

export const BATCH_SIZE = 100;
export const MUNICIPALITY_ID = 'riga';
export const SERVICE_ID = 'education-enrolment';

/** The demo citizens of server/db/seed-data.ts, one per concurrent client. */
export const CITIZEN_IDS = [
	'demo-citizen-anna',
	'demo-citizen-janis',
	'demo-citizen-liga',
	'demo-citizen-marta'
] as const;

// The complete application of the integration tests: valid for the service's draft schema
// and Rīga's data (seeded institutions, Rīga's options), so every mutation is applied, none
// rejected.
export const DRAFT_FIELDS = COMPLETE_FIELDS;

/** One batch of `application.saveDraft` mutations with gap-free ids starting at `firstId`. */
export function saveDraftBatch(firstId: number): Mutation[] {
	return Array.from({ length: BATCH_SIZE }, (_, i) => ({
		id: firstId + i,
		name: 'application.saveDraft',
		args: {
			id: uuidv7(),
			municipalityId: MUNICIPALITY_ID,
			service: SERVICE_ID,
			patch: DRAFT_FIELDS
		}
	}));
}
