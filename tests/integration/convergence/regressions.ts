import type { Scenario } from './schedule';

/**
 * Schedules that once failed or that cover a hard case, replayed on every run (Automerge's
 * fuzz-crashers, Actual's counterexample tests). A failure prints its seed and the shrunk
 * counterexample: keep the counterexample itself (it survives changes to the generator,
 * which a seed and path do not), or a seed whose first runs are worth repeating.
 */
export type Regression =
	{ note: string; scenario: Scenario } | { note: string; seed: number; runs: number };

export const REGRESSIONS: readonly Regression[] = [
	{
		note:
			'a conflict resolved on a stale view, after a newer edit of the same field, with ' +
			'answers delayed (the resolution overwrote the newer edit and kept no conflict)',
		// fast-check seed 1622805743, shrunk 34 times.
		scenario: {
			devices: ['demo-citizen-anna', 'demo-citizen-anna', 'demo-citizen-anna'],
			ops: [
				{ kind: 'editEverywhere', device: 0, app: 0, field: 'childGivenName', value: 'Elza' },
				{ kind: 'sync', device: 1 },
				{ kind: 'sync', device: 0 },
				{ kind: 'submit', device: 0, app: 0 },
				{ kind: 'resolve', device: 0, conflict: 0, choice: 'server' },
				{ kind: 'edit', device: 1, app: 0, field: 'childGivenName', value: 'Elza' },
				{ kind: 'sync', device: 1 }
			],
			fates: [{ kind: 'delayResponse', steps: 1 }]
		}
	},
	{
		note:
			'a device’s later edit meets its own earlier resolution as if someone else made it ' +
			'(an extra conflict, not a lost write)',
		scenario: {
			devices: ['demo-citizen-anna', 'demo-citizen-anna'],
			ops: [
				{ kind: 'edit', device: 0, app: 0, field: 'childGivenName', value: 'Ella' },
				{ kind: 'edit', device: 1, app: 0, field: 'childGivenName', value: 'Marta' },
				{ kind: 'sync', device: 0 },
				{ kind: 'sync', device: 1 },
				{ kind: 'sync', device: 0 },
				{ kind: 'resolve', device: 0, conflict: 0, choice: 'server' },
				{ kind: 'edit', device: 0, app: 0, field: 'childGivenName', value: 'Elza' },
				{ kind: 'sync', device: 0 }
			],
			fates: [{ kind: 'ok' }]
		}
	},
	{
		note:
			'a stale resolution meets an edit another device made after seeing the conflict ' +
			'(the edit was lost before resolutions carried their base version)',
		scenario: {
			devices: ['demo-citizen-anna', 'demo-citizen-anna'],
			fates: [{ kind: 'ok' }],
			ops: [
				{ kind: 'edit', device: 0, app: 0, field: 'childGivenName', value: 'Ella' },
				{ kind: 'edit', device: 1, app: 0, field: 'childGivenName', value: 'Marta' },
				{ kind: 'sync', device: 0 },
				{ kind: 'sync', device: 1 },
				{ kind: 'sync', device: 0 },
				{ kind: 'edit', device: 1, app: 0, field: 'childGivenName', value: '' },
				{ kind: 'sync', device: 1 },
				{ kind: 'resolve', device: 0, conflict: 0, choice: 'server' },
				{ kind: 'sync', device: 0 }
			]
		}
	},
	{ note: 'seed 42: crashes and partitions among three of Anna’s devices', seed: 42, runs: 3 }
];
