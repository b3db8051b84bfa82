import type { Browser } from '@playwright/test';
import { AUTOSAVE_MS } from '../../src/lib/client/autosave-timing';
import { signIn } from '../e2e/support/people';
import { newBenchContext } from './browser';
import { childName, dbNameOf, MUNICIPALITY_PATH, startDraft, STEP_TIMEOUT_MS } from './draft-ui';
import { probeOf } from './page-probe';

/**
 * Autosave latency on an open draft, from an input event in the child's name field, two
 * ways: until the value is in the keystroke journal (localStorage, written synchronously by
 * the form: durable on the device, decision 0003), and until it is committed in IndexedDB
 * (seen by a plain IndexedDB read in the page), which includes the deliberate debounce
 * (AUTOSAVE_MS, src/lib/client/autosave-timing.ts).
 */

export const EDITS = 100;
const WARMUP_EDITS = 5;
/** The sync runs only when typing pauses; let it empty the outbox this often. */
const DRAIN_EVERY = 20;
const FIELD = 'childGivenName';

export type Spread = { p50Ms: number; p95Ms: number; maxMs: number };
export type AutosaveRun = {
	edits: number;
	/** The debounce the app waits after typing before writing to IndexedDB. */
	debounceMs: number;
	journal: Spread;
	idb: Spread;
};

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function spread(samples: readonly number[]): Spread {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		p50Ms: percentile(sorted, 0.5),
		p95Ms: percentile(sorted, 0.95),
		maxMs: sorted[sorted.length - 1] ?? NaN
	};
}

export async function measureAutosave(
	browser: Browser,
	origin: string,
	personId: string
): Promise<AutosaveRun> {
	const context = await newBenchContext(browser, origin);
	try {
		const page = await context.newPage();
		await signIn(page, personId);
		await page.goto(MUNICIPALITY_PATH);
		const recordId = await startDraft(page);
		const probe = probeOf(page);
		const db = dbNameOf(personId);
		const journal: number[] = [];
		const idb: number[] = [];
		for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
			if (edit > 0 && edit % DRAIN_EVERY === 0) {
				await probe.waitOutboxRows(db, recordId, { max: 0 }, STEP_TIMEOUT_MS);
			}
			const times = await probe.timeEdit(db, recordId, FIELD, childName(edit), STEP_TIMEOUT_MS);
			if (edit >= WARMUP_EDITS) {
				journal.push(times.journalMs);
				idb.push(times.idbMs);
			}
		}
		return {
			edits: idb.length,
			debounceMs: AUTOSAVE_MS,
			journal: spread(journal),
			idb: spread(idb)
		};
	} finally {
		await context.close();
	}
}
