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

/** The municipality page's button that starts an enrolment. */
export const START_TEST_ID = 'start-education-enrolment';

/**
 * Starts a new enrolment draft from the municipality page (one saveDraft mutation), opens
 * its first step (the child) from the task list, a link that works offline too, and waits
 * until the step's form is shown; returns the draft's id.
 */
export async function startDraft(page: Page): Promise<string> {
	await page.getByTestId(START_TEST_ID).click({ timeout: STEP_TIMEOUT_MS });
	await expect(page).toHaveURL(/\/education-enrolment\/[0-9a-f-]+$/, { timeout: STEP_TIMEOUT_MS });
	const id = new URL(page.url()).pathname.split('/').pop() ?? '';
	await page
		.getByTestId('task')
		.getByRole('link', { name: 'Bērns', exact: true })
		.click({ timeout: STEP_TIMEOUT_MS });
	await expect(page.getByLabel('Bērna vārds', { exact: true })).toBeVisible({
		timeout: STEP_TIMEOUT_MS
	});
	return id;
}
