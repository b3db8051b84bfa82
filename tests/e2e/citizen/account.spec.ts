import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

test('a citizen sees their sessions, ends another device’s, and downloads their data', async ({
	browser,
	page
}) => {
	// A second device: another browser context signed in as the same person.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signIn(otherPage, 'demo-citizen-marta');

	await signIn(page, 'demo-citizen-marta');
	await page.getByRole('link', { name: 'Mans konts' }).click();
	// Other tests sign Marta in too: count from here, newest first.
	const rows = page.getByTestId('session-row');
	await expect(rows.filter({ hasText: 'Šī ierīce' })).toHaveCount(1);
	const before = await rows.count();
	expect(before).toBeGreaterThanOrEqual(2);

	const download = page.waitForEvent('download');
	await page.getByTestId('download-my-data').click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^kopa-mani-dati-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as {
		format: string;
		person: { id: string };
		sessions: unknown[];
	};
	expect(data.format).toBe('kopa-my-data/1');
	expect(data.person.id).toBe('demo-citizen-marta');
	expect(data.sessions).toHaveLength(before);

	// The newest other session is the second device's.
	await rows
		.filter({ hasNotText: 'Šī ierīce' })
		.first()
		.getByRole('button', { name: 'Beigt sesiju' })
		.click();
	await expect(page.locator('main').getByRole('status')).toContainText('Sesija beigta');
	await expect(rows).toHaveCount(before - 1);

	// The other device is signed out on its next request.
	await otherPage.goto('/account');
	await expect(otherPage).toHaveURL(/\/login/);
	await other.close();
});
