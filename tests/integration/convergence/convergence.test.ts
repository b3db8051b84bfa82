import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { violations } from './properties';
import { REGRESSIONS } from './regressions';
import { scenarioArb } from './schedule';

/**
 * SYNC.md T3: several devices (one person on several, and other people), each a real
 * SyncEngine on its own fake-indexeddb, and an officer working on the server directly, all
 * against one real server, through a seeded network that delays, duplicates, loses
 * answers, partitions devices and kills engines. After healing and quiescing, the five
 * properties of SYNC.md T3 must hold (see check-*.ts).
 *
 * PBT_SEED and PBT_NUM_RUNS reproduce a run or make it a soak; PBT_MAX_OPS lengthens it.
 * The defaults (T1 400 + T3 600) give the 1 000 schedules per run that SYNC.md asks of T1–T3.
 */
const NUM_RUNS = Number(process.env.PBT_NUM_RUNS ?? 600);
const SEED = process.env.PBT_SEED ? Number(process.env.PBT_SEED) : undefined;
const MAX_OPS = Number(process.env.PBT_MAX_OPS ?? 25);

const property = fc.asyncProperty(scenarioArb(MAX_OPS), async (scenario) => {
	expect(await violations(scenario)).toEqual([]);
});

describe('multi-client convergence (SYNC.md T3)', () => {
	it('converges with nothing lost and every concurrent write kept as a conflict', async () => {
		await fc.assert(property, { numRuns: NUM_RUNS, seed: SEED });
	}, 600_000);

	it.each(REGRESSIONS.map((r) => [r.note, r] as const))('regression: %s', async (_, r) => {
		if ('scenario' in r) {
			expect(await violations(r.scenario)).toEqual([]);
		} else {
			await fc.assert(property, { seed: r.seed, numRuns: r.runs });
		}
	});
});
