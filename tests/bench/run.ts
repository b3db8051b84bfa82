/**
 * `npm run bench`: how many mutations per second `sync.push` applies over HTTP against the
 * production build, next to the raw SQLite insert rate of the same rows; then, in headless
 * Chromium, how long a device takes to sync after reconnecting and how long autosave takes
 * to commit an edit. stdout carries one JSON line per figure ({"name","value","unit"}) so a
 * script can collect them; everything else goes to stderr. Talks to loopback only and
 * stops by itself. Last, the officers' queue over 250 000 applications (tests/bench/queue.ts).
 */
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAppDb } from './bench-db';
import { measureInBrowser } from './in-browser';
import { measurePush, type PushRun } from './push-over-http';
import { measureQueue } from './queue';
import { measureRawInserts } from './raw-inserts';
import { runHttpFigures } from './http-figures';
import { ensureBuild, freePort, startServer, type RunningServer } from '../support/server-process';
import { BATCH_SIZE, CITIZEN_IDS } from './workload';

const WARMUP_MS = 1_000;
const MEASURE_MS = 3_000;
/** The whole run after the build; a hung server, client or browser must not hang CI. */
const TIME_BUDGET_MS = 150_000 + 120_000 + 60_000; // + queue (~1 min) + HTTP no-op and burst
/** Where the push rate should get to (of the raw rate); reported, not asserted. */
const TARGET_RATIO = 0.5;

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function printFigure(name: string, value: number, unit: string): void {
	console.log(JSON.stringify({ name, value, unit }));
}

function countApplications(path: string): number {
	const sqlite = new Database(path, { readonly: true });
	try {
		return (sqlite.prepare('SELECT count(*) AS n FROM application').get() as { n: number }).n;
	} finally {
		sqlite.close();
	}
}

async function main(): Promise<void> {
	// The migrations folder is resolved from the working directory (server/db/migrate.ts).
	if (resolve(process.cwd()) !== repoRoot) {
		throw new Error(`run from the repository root (${repoRoot}): npm run bench`);
	}
	ensureBuild(repoRoot);

	const tmpDir = join(repoRoot, 'tests', '.tmp', `bench-${process.pid}`);
	mkdirSync(tmpDir, { recursive: true });
	const removeTmp = () => rmSync(tmpDir, { recursive: true, force: true });
	// 'exit' also runs after the watchdog or an error, so the temp files never pile up.
	process.on('exit', removeTmp);
	// A signal would otherwise end the process without 'exit' handlers: no cleanup.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => process.exit(130));
	}
	setTimeout(() => {
		console.error(`bench: over the ${TIME_BUDGET_MS / 1000} s budget, aborting`);
		process.exit(1);
	}, TIME_BUDGET_MS).unref();

	const appDbPath = join(tmpDir, 'app.db');
	const tokens = prepareAppDb(appDbPath, CITIZEN_IDS);
	let server: RunningServer | undefined;
	let push: PushRun;
	try {
		server = await startServer({ repoRoot, dbPath: appDbPath, port: await freePort() });
		push = await measurePush(server.origin, [...tokens.values()], WARMUP_MS, MEASURE_MS);
	} finally {
		await server?.stop();
	}
	// Proof the figure is real: every push that was answered left its rows in the file.
	const stored = countApplications(appDbPath);
	if (stored !== push.appliedTotal) {
		throw new Error(`server stored ${stored} applications, clients saw ${push.appliedTotal}`);
	}

	// Measured after the server is gone so the two runs do not compete for CPU or disk.
	const raw = measureRawInserts(join(tmpDir, 'raw.db'), WARMUP_MS / 2, MEASURE_MS);
	const ratio = push.mutationsPerSecond / raw.rowsPerSecond;

	printFigure('push_mutations_per_second', Math.round(push.mutationsPerSecond), 'mutations/s');
	printFigure('raw_inserts_per_second', Math.round(raw.rowsPerSecond), 'rows/s');
	printFigure('push_to_raw_ratio', Math.round(ratio * 1000) / 1000, 'ratio');
	console.error(
		`bench: ${tokens.size} clients pushed batches of ${BATCH_SIZE} application.saveDraft ` +
			`mutations to node build/index.js over 127.0.0.1 (${MEASURE_MS / 1000} s after ` +
			`${WARMUP_MS / 1000} s warm-up); the raw limit is the same rows inserted with ` +
			`better-sqlite3 in transactions of ${BATCH_SIZE} on a fresh file with the same pragmas. ` +
			`Push reached ${(ratio * 100).toFixed(1)} % of raw (target ≥ ${TARGET_RATIO * 100} %).`
	);

	for (const figure of await measureInBrowser(repoRoot, tmpDir)) {
		printFigure(figure.name, figure.value, figure.unit);
	}
	// Issue 15: the no-op call beside bare node:http, and the enrolment-day burst.
	for (const figure of await runHttpFigures(repoRoot, tmpDir, ['noop', 'burst'])) {
		console.log(JSON.stringify(figure));
	}
	for (const figure of measureQueue(tmpDir)) {
		printFigure(figure.name, figure.value, figure.unit);
	}
	removeTmp();
}

main().catch((error: unknown) => {
	console.error('bench failed:', error);
	process.exit(1);
});
