import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutators } from '../../server/app/mutators';
import type { Actor } from '../../server/kernel/context';
import { resetPersonLimits } from '../../server/kernel/limits';
import { push } from '../../server/sync/sync.service';
import { uuidv7 } from '../../src/lib/domain/ids';
import { MAX_MUTATIONS_PER_PUSH, SCHEMA_VERSION, type Mutation } from '../../src/lib/domain/sync';
import { COMPLETE_FIELDS } from './fixtures';
import { callerFor, count, freshDb } from './harness';

/**
 * Issue 15, fair under load: a large batch is applied in slices that each commit and give
 * the event loop to others, and one request answers for at most 200 mutations, saying what
 * was applied; the device pushes the rest (docs/sync-protocol.md). Before slices, one push of
 * 500 drafts held the database and the event loop for up to a second.
 */
const ANNA = 'demo-citizen-anna';

function drafts(firstId: number, count: number): Mutation[] {
	return Array.from({ length: count }, (_, i) => ({
		id: firstId + i,
		name: 'application.saveDraft',
		args: {
			id: uuidv7(),
			municipalityId: 'riga',
			service: 'education-enrolment',
			patch: COMPLETE_FIELDS
		}
	}));
}

const annaActor = (db: ReturnType<typeof freshDb>) =>
	db.$client
		.prepare(
			'SELECT id, given_name AS givenName, surname, personal_code AS personalCode FROM person WHERE id = ?'
		)
		.get(ANNA) as Actor;

const lastMutationId = (db: ReturnType<typeof freshDb>, clientId: string) =>
	count(db, 'SELECT last_mutation_id AS n FROM sync_client WHERE client_id = ?', clientId);

describe('sync.push of a large batch', () => {
	// One person's 500 new drafts: a protocol test, so above the per-person draft limit
	// (person-limits.test.ts tests that limit).
	beforeAll(() => {
		process.env.KOPA_MAX_OPEN_DRAFTS = '100000';
		resetPersonLimits();
	});
	afterAll(() => {
		delete process.env.KOPA_MAX_OPEN_DRAFTS;
		resetPersonLimits();
	});

	it('commits slices and lets others run between them', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		await anna.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations: drafts(1, 1) });
		// What someone else's request would see, each time the event loop gets a turn.
		const seen: number[] = [];
		let done = false;
		const watch = (async () => {
			while (!done) {
				seen.push(lastMutationId(db, clientId));
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();
		// Slices of 1 ms, so the test does not depend on how fast the machine is.
		const out = await push(
			db,
			mutators,
			annaActor(db),
			{ clientId, schemaVersion: SCHEMA_VERSION, mutations: drafts(2, 199) },
			Date.now(),
			{ actingFor: null },
			{ sliceMs: 1, perRequest: 200 }
		);
		done = true;
		await watch;
		expect(out.lastMutationId).toBe(200);
		// Others ran while the batch was being applied, and saw it part-way: committed slices.
		const partWay = seen.filter((id) => id > 1 && id < 200);
		expect(partWay.length).toBeGreaterThan(0);
	});

	it('answers for at most 200 mutations and applies the rest on the next push', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		const outbox = drafts(1, MAX_MUTATIONS_PER_PUSH);

		const first = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: outbox
		});
		expect(first.lastMutationId).toBe(200);
		expect(first.results.map((r) => r.id)).toEqual(outbox.slice(0, 200).map((m) => m.id));
		expect(first.results.every((r) => r.status === 'applied')).toBe(true);
		expect(first.outOfOrder).toBeUndefined();
		expect(count(db, 'SELECT count(*) AS n FROM application')).toBe(200);

		// The device sends what is still pending, as its outbox loop does; a repeat of the
		// first batch's tail is answered from the stored results, not applied again.
		const rest = outbox.slice(190);
		const second = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: rest
		});
		expect(second.lastMutationId).toBe(390);
		const third = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: outbox.slice(390)
		});
		expect(third.lastMutationId).toBe(MAX_MUTATIONS_PER_PUSH);
		expect(count(db, 'SELECT count(*) AS n FROM application')).toBe(MAX_MUTATIONS_PER_PUSH);
		expect(count(db, 'SELECT count(*) AS n FROM mutation_result')).toBe(MAX_MUTATIONS_PER_PUSH);
		// Every row has its own sequence value, so the pull's cursor pages through them all.
		expect(count(db, 'SELECT count(DISTINCT server_seq) AS n FROM application')).toBe(
			MAX_MUTATIONS_PER_PUSH
		);
	});
});
