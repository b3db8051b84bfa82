import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { SCHEMA_VERSION, type Mutation } from '../../src/lib/domain/sync';
import type { Db } from '../../server/db/client.server';
import { COMPLETE_FIELDS, FIXED_NOW } from './fixtures';
import { callerFor, freshDb } from './harness';

/**
 * SYNC.md T1: for any delivery schedule of one client's outbox — batches of any window,
 * duplicated, reordered, with responses lost — the server ends in the state of applying
 * each mutation once, in id order, with exactly one stored result per id.
 */
const NUM_RUNS = Number(process.env.PBT_NUM_RUNS ?? 400);
const SEED = process.env.PBT_SEED ? Number(process.env.PBT_SEED) : undefined;
const NOW = FIXED_NOW;
const CLIENT = '0190f5a0-0000-7000-8000-000000000001';
const RECORDS = [
	'0190f5a0-0000-7000-8000-00000000000a',
	'0190f5a0-0000-7000-8000-00000000000b'
] as const;

const complete = COMPLETE_FIELDS;

/** An outbox: drafts for two records with edits (some invalid), then a submission of one. */
const outboxArbitrary = fc
	.array(
		fc.record({
			record: fc.constantFrom(...RECORDS),
			field: fc.constantFrom('childGivenName', 'childPersonalCode'),
			value: fc.constantFrom('Ella', 'Marta', '121219-22342', '121219-22341')
		}),
		{ maxLength: 12 }
	)
	.map((edits): Mutation[] => {
		const mutations: Mutation[] = RECORDS.map((id, i) => ({
			id: i + 1,
			name: 'application.saveDraft',
			args: { id, municipalityId: 'riga', service: 'education-enrolment', patch: complete }
		}));
		for (const edit of edits) {
			mutations.push({
				id: mutations.length + 1,
				name: 'application.saveDraft',
				args: {
					id: edit.record,
					municipalityId: 'riga',
					service: 'education-enrolment',
					patch: { [edit.field]: edit.value }
				}
			});
		}
		mutations.push({
			id: mutations.length + 1,
			name: 'application.submit',
			args: {
				id: RECORDS[0],
				municipalityId: 'riga',
				submissionId: '0190f5a0-0000-7000-8000-0000000000ff',
				// The hash of the complete fields: accepted only if no edit of record A applied.
				payloadHash: contentHash(complete)
			}
		});
		return mutations;
	});

type Model = { lastMutationId: number };
type Real = { db: Db; outbox: Mutation[] };

class PushWindow implements fc.AsyncCommand<Model, Real> {
	constructor(
		readonly start: number,
		readonly length: number,
		readonly reversed: boolean,
		readonly responseLost: boolean
	) {}
	check() {
		return true;
	}
	async run(model: Model, real: Real) {
		const window = real.outbox.slice(this.start, this.start + this.length);
		const batch = this.reversed ? [...window].reverse() : window;
		const out = await callerFor(real.db, 'demo-citizen-anna', () => NOW).sync.push({
			clientId: CLIENT,
			schemaVersion: SCHEMA_VERSION,
			mutations: batch
		});
		for (const m of batch) {
			if (m.id <= model.lastMutationId) {
				continue;
			}
			if (m.id !== model.lastMutationId + 1) {
				break;
			}
			model.lastMutationId = m.id;
		}
		if (!this.responseLost) {
			expect(out.lastMutationId).toBe(model.lastMutationId);
		}
		expectOneResultPerId(real.db, model.lastMutationId);
	}
	toString() {
		return `push[${this.start}+${this.length}${this.reversed ? ' reversed' : ''}${this.responseLost ? ' lost' : ''}]`;
	}
}

function expectOneResultPerId(db: Db, lastMutationId: number) {
	const ids = db.$client
		.prepare('select mutation_id id from mutation_result order by mutation_id')
		.all() as { id: number }[];
	expect(ids.map((r) => r.id)).toEqual(Array.from({ length: lastMutationId }, (_, i) => i + 1));
}

function serverState(db: Db) {
	return {
		applications: db.$client
			.prepare(
				'select id, status, data, version, registration_number, submitted_at from application order by id'
			)
			.all(),
		results: db.$client
			.prepare('select mutation_id, status, result_json, error_json from mutation_result')
			.all()
	};
}

describe('sync.push under any delivery schedule', () => {
	it('ends in the state of applying each mutation once, in order', async () => {
		await fc.assert(
			fc.asyncProperty(
				outboxArbitrary,
				fc.commands(
					[
						fc
							.tuple(fc.nat(20), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.boolean())
							.map(([s, l, r, lost]) => new PushWindow(s, l, r, lost))
					],
					{ maxCommands: 15 }
				),
				async (outbox, commands) => {
					const real: Real = { db: freshDb(), outbox };
					await fc.asyncModelRun(() => ({ model: { lastMutationId: 0 }, real }), commands);
					// Heal: the client sends its whole outbox again, in order.
					await callerFor(real.db, 'demo-citizen-anna', () => NOW).sync.push({
						clientId: CLIENT,
						schemaVersion: SCHEMA_VERSION,
						mutations: outbox
					});

					const reference = freshDb();
					await callerFor(reference, 'demo-citizen-anna', () => NOW).sync.push({
						clientId: CLIENT,
						schemaVersion: SCHEMA_VERSION,
						mutations: outbox
					});
					expect(serverState(real.db)).toEqual(serverState(reference));
					expectOneResultPerId(real.db, outbox.length);
				}
			),
			{ numRuns: NUM_RUNS, seed: SEED }
		);
	}, 600_000);
});
