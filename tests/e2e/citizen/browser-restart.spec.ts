import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../../playwright.config';
import { goOffline } from '../support/network';
import { openStep, startEnrolmentAtChild } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// A real browser profile on disk, closed and opened again: the draft must still be there,
// listed under "My applications", even with no network after the restart.
test('a draft survives closing and reopening the browser, offline', async () => {
	const profile = mkdtempSync(join(tmpdir(), 'kopa-profile-'));
	const use = config.use ?? {};
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			...use.launchOptions,
			baseURL: use.baseURL,
			serviceWorkers: 'allow'
		});
	const givenName = uniqueChildName('Madara');
	try {
		let context = await launch();
		let page = context.pages()[0] ?? (await context.newPage());
		await signIn(page, 'demo-citizen-anna');
		await page.goto('/liepaja');
		await waitForServiceWorker(page);
		await goOffline(context);
		await startEnrolmentAtChild(page);
		await page.getByLabel('Bērna vārds').fill(givenName);
		await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');
		await context.close();

		context = await launch();
		await goOffline(context);
		page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/applications');
		const item = page.getByTestId('my-application').filter({ hasText: givenName });
		await expect(item).toBeVisible();
		await expect(item).toHaveAttribute('data-status', 'device');
		await item.getByRole('link').click();
		await expect(page.getByTestId('task').first()).toHaveAttribute('data-status', 'inProgress');
		await openStep(page, 'child');
		await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
		await context.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});
