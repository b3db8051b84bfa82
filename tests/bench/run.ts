/**
 * `npm run bench`: how many mutations per second `sync.push` applies over HTTP against the
 * production build and in process, next to the same work as prepared statements; how fair a
 * flood of pushes is to everyone else; then, in headless Chromium, how long a device takes to
 * sync after reconnecting, how much JavaScript a page loads first, its offline cold start and
 * autosave latency; the officers' queue over 250 000 applications (tests/bench/queue.ts); the
 * placement engine at Riga's sizes. stdout carries one JSON line per figure ({"name","value",
 * "unit"} and, where there is one, "limit" and "ratio") so a script can collect them;
 * everything else goes to stderr. Talks to loopback only and stops by itself.
 */
import './bench-env';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInBrowser } from './in-browser';
import { measureFairness } from './fairness-figures';
import { measurePages } from './pages';
import { measurePlacement } from './placement';
import { measurePushFigures } from './push-figures';
import { measureQueue } from './queue';
import { runHttpFigures } from './http-figures';
import { ensureBuild } from '../support/server-process';
import { BATCH_SIZE, CITIZEN_IDS } from './workload';

/** Rounds of the push figures (same-work, in process, over HTTP). */
const PUSH_RUNS = 3;
/** The whole run after the build; a hung server, client or browser must not hang CI. */
// push and fairness, + the queue bench (about a minute on 2 cores), + the light pages (about
// 90 s), + placement (up to two minutes on a loaded machine), + HTTP no-op and burst (~1 min).
const TIME_BUDGET_MS = 200_000 + 120_000 + 90_000 + 120_000 + 60_000;

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function printFigure(name: string, value: number, unit: string): void {
	console.log(JSON.stringify({ name, value, unit }));
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

	// Push against the same-work limit, three rounds, the figures with min / median / max.
	for (const figure of await measurePushFigures(repoRoot, tmpDir, PUSH_RUNS)) {
		console.log(JSON.stringify(figure));
	}
	console.error(
		`bench: push = ${CITIZEN_IDS.length} clients pushing batches of ${BATCH_SIZE} ` +
			`application.saveDraft mutations, over HTTP to node build/index.js and in process; ` +
			`the limit is the same work as prepared better-sqlite3 statements (tests/bench/same-work.ts).`
	);

	for (const figure of await measureFairness(repoRoot, tmpDir)) {
		console.log(JSON.stringify(figure));
	}

	for (const figure of await measureInBrowser(repoRoot, tmpDir)) {
		printFigure(figure.name, figure.value, figure.unit);
	}
	// Issue 15: the no-op call beside bare node:http, and the enrolment-day burst.
	for (const figure of await runHttpFigures(repoRoot, tmpDir, ['noop', 'burst'])) {
		console.log(JSON.stringify(figure));
	}
	for (const figure of await measurePages(repoRoot, tmpDir)) {
		console.log(JSON.stringify(figure));
	}
	for (const figure of measureQueue(tmpDir)) {
		printFigure(figure.name, figure.value, figure.unit);
	}
	for (const figure of measurePlacement((line) => console.error(line))) {
		console.log(JSON.stringify(figure));
	}
	removeTmp();
}

main().catch((error: unknown) => {
	console.error('bench failed:', error);
	process.exit(1);
});
