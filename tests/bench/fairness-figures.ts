import { join } from 'node:path';
import { freePort, startServer } from '../support/server-process';
import { prepareAppDb } from './bench-db';
import { HOLD_LIMIT_MS, measureHold, measureOthers, OTHERS_P99_LIMIT_MS } from './fairness';
import { CITIZEN_IDS } from './workload';

const round = (n: number) => Math.round(n * 10) / 10;

/** `push_max_hold_ms` in process, `fair_others_p99_ms` over HTTP (the build), with limits. */
export async function measureFairness(repoRoot: string, tmpDir: string) {
	const hold = await measureHold(join(tmpDir, 'hold.db'), 4_000);
	const dbPath = join(tmpDir, 'fair.db');
	const tokens = prepareAppDb(dbPath, CITIZEN_IDS);
	const server = await startServer({ repoRoot, dbPath, port: await freePort() });
	let others;
	let quiet;
	try {
		quiet = await measureOthers(server.origin, [...tokens.values()], 500, 3_000, false);
		others = await measureOthers(server.origin, [...tokens.values()], 1_000, 5_000);
	} finally {
		await server.stop();
	}
	console.error(
		`fairness: in process the flood applied ${hold.floodApplied} drafts, the loop's p99 ` +
			`hold ${round(hold.p99HoldMs)} ms; over HTTP the flood applied ${others.floodApplied} ` +
			`while ${others.calls} small calls took p50 ${round(others.p50Ms)} ms, max ${round(others.maxMs)} ms`
	);
	return [
		{
			name: 'push_max_hold_ms',
			value: round(hold.maxHoldMs),
			unit: 'ms',
			limit: HOLD_LIMIT_MS,
			ratio: round(hold.maxHoldMs / HOLD_LIMIT_MS),
			p99: round(hold.p99HoldMs),
			max_wall_ms: round(hold.maxWallMs)
		},
		{
			name: 'fair_others_p99_ms',
			value: round(others.p99Ms),
			unit: 'ms',
			limit: OTHERS_P99_LIMIT_MS,
			ratio: round(others.p99Ms / OTHERS_P99_LIMIT_MS),
			p50: round(others.p50Ms),
			max: round(others.maxMs),
			quiet_p99: round(quiet.p99Ms)
		}
	];
}
