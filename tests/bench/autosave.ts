import type { Browser } from '@playwright/test';
import { signIn } from '../e2e/support/people';
import { newBenchContext } from './browser';
import { childName, dbNameOf, MUNICIPALITY_PATH, startDraft, STEP_TIMEOUT_MS } from './draft-ui';
import { probeOf } from './page-probe';

/**
 * Autosave latency: on an open draft, the time from an input event in the child's name
 * field to the moment the new value is committed in IndexedDB (seen by a plain IndexedDB
 * read in the page). It includes the app's deliberate 250 ms debounce
 * (src/lib/client/draft-editor.svelte.ts); keystrokes are journalled to localStorage at
 * once, so this is not how long typing is at risk.
 */

export const EDITS = 100;
const WARMUP_EDITS = 5;
/** The sync runs only when typing pauses; let it empty the outbox this often. */
const DRAIN_EVERY = 20;
const FIELD = 'childGivenName';

export type AutosaveRun = { edits: number; p50Ms: number; p95Ms: number; maxMs: number };

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
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
		const samples: number[] = [];
		for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
			if (edit > 0 && edit % DRAIN_EVERY === 0) {
				await probe.waitOutboxRows(db, recordId, { max: 0 }, STEP_TIMEOUT_MS);
			}
			const ms = await probe.timeEdit(db, recordId, FIELD, childName(edit), STEP_TIMEOUT_MS);
			if (edit >= WARMUP_EDITS) {
				samples.push(ms);
			}
		}
		const sorted = [...samples].sort((a, b) => a - b);
		return {
			edits: samples.length,
			p50Ms: percentile(sorted, 0.5),
			p95Ms: percentile(sorted, 0.95),
			maxMs: sorted[sorted.length - 1] ?? NaN
		};
	} finally {
		await context.close();
	}
}
