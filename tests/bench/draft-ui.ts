import { expect, type Page } from '@playwright/test';

/** A citizen's steps on the enrolment form, as the browser benchmarks take them. */

export const MUNICIPALITY_PATH = '/riga';
/** Any wait for the app inside a benchmark step; a stuck step must not hang the run. */
export const STEP_TIMEOUT_MS = 15_000;

export const dbNameOf = (personId: string) => `kopa-${personId}`;

/**
 * A different name per edit, letters only (valid for the draft schema, so the server
 * applies every change and none stays in the outbox as refused).
 */
export function childName(index: number): string {
	let suffix = '';
	let rest = index;
	do {
		suffix = String.fromCharCode(97 + (rest % 26)) + suffix;
		rest = Math.floor(rest / 26);
	} while (rest > 0);
	return `Elza${suffix}`;
}

/**
 * Starts a new enrolment draft from the municipality page (one saveDraft mutation) and waits
 * until its form is shown; returns the draft's id.
 */
export async function startDraft(page: Page): Promise<string> {
	await page.getByTestId('start-enrolment').click({ timeout: STEP_TIMEOUT_MS });
	await expect(page.getByLabel('Bērna vārds', { exact: true })).toBeVisible({
		timeout: STEP_TIMEOUT_MS
	});
	return new URL(page.url()).pathname.split('/').pop() ?? '';
}
