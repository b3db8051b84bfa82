import Database from 'better-sqlite3';
import { join } from 'node:path';
import { freePort, startServer } from '../support/server-process';
import { prepareAppDb } from './bench-db';
import { measureInProcessPush } from './in-process-push';
import { measurePush } from './push-over-http';
import { measureSameWork } from './same-work';
import { CITIZEN_IDS } from './workload';

const WARMUP_MS = 1_000;
const MEASURE_MS = 3_000;
/** Where push should get to, of the same-work limit (issue 15); reported, not asserted. */
export const PUSH_TARGET_RATIO = 0.5;
function countApplications(path: string): number {
	const sqlite = new Database(path, { readonly: true });
	try {
		return (sqlite.prepare('SELECT count(*) AS n FROM application').get() as { n: number }).n;
	} finally {
		sqlite.close();
	}
}

/** One printed figure: its value beside the limit measured in the same run. */
export type PushFigure = {
	name: string;
	value: number;
	unit: string;
	limit: number;
	ratio: number;
	min?: number;
	median?: number;
	max?: number;
};

export type Spread = { min: number; median: number; max: number };

export function spread(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		min: sorted[0] ?? 0,
		median: sorted[Math.floor(sorted.length / 2)] ?? 0,
		max: sorted[sorted.length - 1] ?? 0
	};
}

const round = (n: number, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The push figures of issue 15 from `runs` rounds, each round measuring the same-work limit,
 * push in process and push over HTTP one after the other (so a busy moment of the machine
 * touches all three alike): the medians, with min and max, and each rate's ratio to the
 * same-work median. `overHttp` runs one HTTP measurement on a fresh file and returns its rate.
 */
export async function pushFigures(
	runs: number,
	measure: {
		sameWork(round: number): number;
		inProcess(round: number): Promise<number>;
		overHttp(round: number): Promise<number>;
	},
	target: number
): Promise<PushFigure[]> {
	const sameWork: number[] = [];
	const inProcess: number[] = [];
	const http: number[] = [];
	for (let i = 0; i < runs; i++) {
		sameWork.push(measure.sameWork(i));
		inProcess.push(await measure.inProcess(i));
		http.push(await measure.overHttp(i));
	}
	const limit = spread(sameWork);
	const rate = (name: string, values: number[]): PushFigure => {
		const s = spread(values);
		return {
			name,
			value: round(s.median),
			unit: 'mutations/s',
			limit: round(limit.median),
			ratio: round(s.median / limit.median, 3),
			min: round(s.min),
			median: round(s.median),
			max: round(s.max)
		};
	};
	const ratio = (name: string, values: number[]): PushFigure => {
		const s = spread(values.map((v, i) => v / (sameWork[i] ?? limit.median)));
		return {
			name,
			value: round(s.median, 3),
			unit: 'ratio',
			limit: target,
			ratio: round(s.median / target, 3),
			min: round(s.min, 3),
			median: round(s.median, 3),
			max: round(s.max, 3)
		};
	};
	return [
		{
			name: 'push_same_work_limit',
			value: round(limit.median),
			unit: 'mutations/s',
			limit: round(limit.median),
			ratio: 1,
			min: round(limit.min),
			median: round(limit.median),
			max: round(limit.max)
		},
		rate('push_mutations_per_second', http),
		ratio('push_same_work_ratio', http),
		rate('push_in_process_mutations_per_second', inProcess),
		ratio('push_in_process_ratio', inProcess)
	];
}

/** Same-work, in process and over HTTP (the build at `<repoRoot>/build`), `runs` rounds. */
export function measurePushFigures(
	repoRoot: string,
	tmpDir: string,
	runs: number
): Promise<PushFigure[]> {
	return pushFigures(
		runs,
		{
			sameWork: (i) =>
				measureSameWork(join(tmpDir, `same-work-${i}.db`), WARMUP_MS / 2, MEASURE_MS)
					.mutationsPerSecond,
			inProcess: async (i) =>
				(await measureInProcessPush(join(tmpDir, `in-process-${i}.db`), WARMUP_MS, MEASURE_MS))
					.mutationsPerSecond,
			overHttp: async (i) => {
				const dbPath = join(tmpDir, `http-${i}.db`);
				const tokens = prepareAppDb(dbPath, CITIZEN_IDS);
				const server = await startServer({ repoRoot, dbPath, port: await freePort() });
				try {
					const run = await measurePush(server.origin, [...tokens.values()], WARMUP_MS, MEASURE_MS);
					await server.stop();
					// Proof the figure is real: every push that was answered left its rows in the file.
					const stored = countApplications(dbPath);
					if (stored !== run.appliedTotal) {
						throw new Error(
							`server stored ${stored} applications, clients saw ${run.appliedTotal}`
						);
					}
					return run.mutationsPerSecond;
				} finally {
					await server.stop();
				}
			}
		},
		PUSH_TARGET_RATIO
	);
}
