import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openKopaDb } from '../../src/lib/client/db';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { uuidv7 } from '../../src/lib/domain/ids';
import { callerFor, freshDb } from './harness';

const NUM_RUNS = Number(process.env.PBT_NUM_RUNS ?? 100);
const SEED = process.env.PBT_SEED ? Number(process.env.PBT_SEED) : undefined;

type Command =
	| { kind: 'edit'; field: 'childGivenName' | 'childPersonalCode'; value: string }
	| { kind: 'sync'; network: 'ok' | 'offline' | 'loseResponse' }
	| { kind: 'reload' };

// Personal codes: two valid, one with a wrong check digit, one impossible date.
const codes = ['121219-22342', '280817-22341', '121219-22341', '310219-22341'];
const command: fc.Arbitrary<Command> = fc.oneof(
	fc.record({
		kind: fc.constant('edit' as const),
		field: fc.constant('childPersonalCode' as const),
		value: fc.constantFrom(...codes)
	}),
	fc.record({
		kind: fc.constant('edit' as const),
		field: fc.constant('childGivenName' as const),
		value: fc.constantFrom('Ella', 'Marta', 'Jānis')
	}),
	fc.record({
		kind: fc.constant('sync' as const),
		network: fc.constantFrom('ok' as const, 'offline' as const, 'loseResponse' as const)
	}),
	fc.record({ kind: fc.constant('reload' as const) })
);

/**
 * Counterexamples fast-check found, kept so they run every time: a refused edit replayed
 * over a newer accepted value showed the refused value again (docs/decisions/0002).
 */
const REGRESSIONS: [Command[]][] = [
	[
		[
			{ kind: 'edit', field: 'childPersonalCode', value: '121219-22341' },
			{ kind: 'edit', field: 'childPersonalCode', value: '121219-22342' },
			{ kind: 'sync', network: 'ok' }
		]
	]
];

describe('SyncEngine under any schedule of edits, failures and reloads', () => {
	it('ends, once healed, with every change applied exactly once and nothing typed lost', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(command, { maxLength: 25 }), async (commands) => {
				const server = freshDb();
				const caller = callerFor(server, 'demo-citizen-anna');
				let network: 'ok' | 'offline' | 'loseResponse' = 'ok';
				const transport: SyncTransport = {
					async push(input) {
						if (network === 'offline') {
							throw new Error('offline');
						}
						const out = await caller.sync.push(input);
						if (network === 'loseResponse') {
							throw new Error('lost');
						}
						return out;
					},
					async pull(input) {
						if (network === 'offline') {
							throw new Error('offline');
						}
						return caller.sync.pull(input);
					}
				};
				const name = `kopa-pbt-${randomUUID()}`;
				let engine = new SyncEngine(openKopaDb('demo-citizen-anna', name), transport);
				const id = uuidv7();
				await engine.mutate(
					'application.saveDraft',
					{ id, municipalityId: 'riga', service: 'education-enrolment', patch: {} },
					id
				);
				const typed: Record<string, string> = {};
				let lastId = 0;

				for (const c of commands) {
					if (c.kind === 'edit') {
						typed[c.field] = c.value;
						const mutationId = await engine.mutate(
							'application.saveDraft',
							{
								id,
								municipalityId: 'riga',
								service: 'education-enrolment',
								patch: { [c.field]: c.value }
							},
							id
						);
						expect(mutationId).toBeGreaterThan(lastId);
						lastId = mutationId;
					} else if (c.kind === 'sync') {
						network = c.network;
						await engine.sync().catch(() => undefined);
					} else {
						engine.db.close();
						engine = new SyncEngine(openKopaDb('demo-citizen-anna', name), transport);
					}
					// What the person typed last is always what the device shows.
					const view = await engine.db.records.get(id);
					expect(view?.fields).toMatchObject(typed);
				}

				network = 'ok';
				await engine.sync();
				const outbox = await engine.db.outbox.toArray();
				expect(outbox.every((row) => row.status === 'rejected')).toBe(true);

				const allocated = (await engine.db.meta.get('lastMutationId'))?.value;
				const client = server.$client
					.prepare('select last_mutation_id n from sync_client')
					.get() as { n: number };
				expect(client.n).toBe(allocated);

				const results = server.$client
					.prepare("select count(*) n from mutation_result where status = 'applied'")
					.get() as { n: number };
				const app = server.$client.prepare('select version, data from application').get() as {
					version: number;
					data: string;
				};
				// Each applied change bumped the version once: nothing was applied twice.
				expect(app.version).toBe(results.n);

				// The device shows the server's copy plus only what the server refused.
				const refused = Object.assign(
					{},
					...outbox.map((row) => (row.name === 'application.saveDraft' ? row.args.patch : {}))
				) as Record<string, unknown>;
				const view = await engine.db.records.get(id);
				expect(view?.fields).toEqual({ ...(JSON.parse(app.data) as object), ...refused });
				engine.db.close();
			}),
			{ numRuns: NUM_RUNS, seed: SEED, examples: REGRESSIONS }
		);
	}, 600_000);
});
