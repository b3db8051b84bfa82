import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startServer, type RunningServer } from '../support/server-process';
import { measureAutosave, type AutosaveRun } from './autosave';
import { prepareAppDb } from './bench-db';
import { chromiumPath, launchBrowser } from './browser';
import { CPU_THROTTLE, measureColdStart, median, type ColdStartRun } from './cold-start';
import { figure, type LimitedFigure } from './figure';
import { measureFirstLoad, type FirstLoadRun } from './first-load';

/**
 * Light pages (issue 15, item 5), in headless Chromium against the production build: the
 * JavaScript a first load fetches, the offline cold start at 4× CPU throttling, and autosave
 * latency. One server on a fresh seeded database with the demo sign-in; a person each, so
 * the measurements do not share drafts.
 */

const FIRST_LOAD_LIMIT_KB = 120;
const COLD_START_LIMIT_MS = 1000;
const JOURNAL_LIMIT_MS = 15;

type Measured = { firstLoad: FirstLoadRun; coldStart: ColdStartRun; autosave: AutosaveRun };

async function measureAll(repoRoot: string, dir: string, origin: string): Promise<Measured> {
	const browser = await launchBrowser();
	let firstLoad: FirstLoadRun;
	let autosave: AutosaveRun;
	try {
		firstLoad = await measureFirstLoad(
			browser,
			origin,
			join(repoRoot, 'build'),
			'demo-citizen-anna'
		);
		autosave = await measureAutosave(browser, origin, 'demo-citizen-janis');
	} finally {
		await browser.close();
	}
	// Its own Chromium, started and stopped per sample (a cold start), after the other one.
	const coldStart = await measureColdStart(join(dir, 'profile'), origin, 'demo-citizen-liga');
	return { firstLoad, coldStart, autosave };
}

export async function measurePages(repoRoot: string, tmpDir: string): Promise<LimitedFigure[]> {
	if (!chromiumPath()) {
		console.error('bench: page figures skipped: Chromium not found (KOPA_CHROMIUM)');
		return [];
	}
	const dir = join(tmpDir, 'pages');
	mkdirSync(dir, { recursive: true });
	const dbPath = join(dir, 'app.db');
	prepareAppDb(dbPath, []);
	const port = await freePort();
	// localhost: a secure context, so the service worker registers.
	const origin = `http://localhost:${port}`;
	let server: RunningServer | undefined;
	let measured: Measured;
	try {
		server = await startServer({ repoRoot, dbPath, port, origin, env: { KOPA_DEMO_LOGIN: '1' } });
		measured = await measureAll(repoRoot, dir, origin);
	} finally {
		await server?.stop();
	}
	describe(measured);
	return figures(measured);
}

function figures({ firstLoad, coldStart, autosave }: Measured): LimitedFigure[] {
	return [
		figure('first_load_js_kb_home', firstLoad.home.kb, 'KB gzip', FIRST_LOAD_LIMIT_KB),
		figure('first_load_js_kb_form', firstLoad.form.kb, 'KB gzip', FIRST_LOAD_LIMIT_KB),
		figure(
			'offline_cold_start_ms_home',
			median(coldStart.home).contentMs,
			'ms',
			COLD_START_LIMIT_MS
		),
		figure(
			'offline_cold_start_ms_form',
			median(coldStart.form).contentMs,
			'ms',
			COLD_START_LIMIT_MS
		),
		figure('autosave_keystroke_to_journal_p95_ms', autosave.journal.p95Ms, 'ms', JOURNAL_LIMIT_MS),
		figure('autosave_keystroke_to_idb_p95_ms', autosave.idb.p95Ms, 'ms'),
		figure('autosave_debounce_ms', autosave.debounceMs, 'ms'),
		// The names the bench printed before, kept for scripts that follow them.
		figure('autosave_commit_p50_ms', autosave.idb.p50Ms, 'ms'),
		figure('autosave_commit_p95_ms', autosave.idb.p95Ms, 'ms')
	];
}

const kb = (value: number) => `${value.toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

/** The human text, on stderr. */
function describe({ firstLoad, coldStart, autosave }: Measured): void {
	for (const [name, loaded] of [
		['home /', firstLoad.home],
		[`form step ${firstLoad.formPath}`, firstLoad.form]
	] as const) {
		console.error(
			`bench: first load of the ${name}, signed in, HTTP cache off: ${loaded.files} scripts, ` +
				`${kb(loaded.kb)} gzip (limit ${FIRST_LOAD_LIMIT_KB} KB); largest ` +
				loaded.largest.map((f) => `${f.path} ${kb(f.kb)}`).join(', ')
		);
	}
	for (const target of ['home', 'form'] as const) {
		const samples = coldStart[target];
		console.error(
			`bench: offline cold start of the ${target} page, Chromium restarted on a used profile, ` +
				`network off, CPU ${CPU_THROTTLE}× slower: real content at ` +
				samples.map((s) => ms(s.contentMs)).join(' / ') +
				` (shell from the worker ${samples.map((s) => ms(s.shellMs)).join(' / ')}, scripts run ` +
				`${samples.map((s) => ms(s.scriptsMs)).join(' / ')}, first contentful paint ` +
				`${samples.map((s) => ms(s.fcpMs)).join(' / ')}); ` +
				`limit ${COLD_START_LIMIT_MS} ms`
		);
	}
	console.error(
		`bench: autosave, ${autosave.edits} edits of one field, from the input event: in the ` +
			`keystroke journal (localStorage) p50 ${autosave.journal.p50Ms.toFixed(2)} ms, p95 ` +
			`${autosave.journal.p95Ms.toFixed(2)} ms, max ${autosave.journal.maxMs.toFixed(2)} ms ` +
			`(limit ${JOURNAL_LIMIT_MS} ms); committed in IndexedDB p50 ${ms(autosave.idb.p50Ms)}, ` +
			`p95 ${ms(autosave.idb.p95Ms)}, max ${ms(autosave.idb.maxMs)}, which includes the ` +
			`${autosave.debounceMs} ms debounce after typing stops.`
	);
}
