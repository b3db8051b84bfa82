import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { startEnrolmentAtChild } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

test('the session ends while offline: work goes on, nothing is lost, and it is sent after signing in again', async ({
	page,
	context
}) => {
	const first = uniqueChildName('Ance');
	const second = uniqueChildName('Anete');

	await signIn(page, 'demo-citizen-janis');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await startEnrolmentAtChild(page);
	await page.getByLabel('Bērna vārds').fill(first);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server', {
		timeout: 30_000
	});
	const draftUrl = page.url();

	// Offline, a change is queued; meanwhile the session cookie runs out.
	await goOffline(context);
	await page.getByLabel('Bērna vārds').fill(second);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');
	await context.clearCookies();

	// Reloading still opens the draft from this device, with the change in it.
	await page.reload();
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(second);

	// Back online the server refuses the ended session: the badge says so and keeps the change.
	await goOnline(context);
	await page.reload();
	const badge = page.getByTestId('sync-badge');
	await expect(badge).toHaveAttribute('data-state', 'signedOut', { timeout: 30_000 });
	await expect(badge).toContainText('Sesija beigusies: 1 izmaiņas saglabātas');
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(second);

	await page.getByTestId('sign-in-again').click();
	await expect(page).toHaveURL(/\/login\?returnTo=/);
	await signIn(page, 'demo-citizen-janis');
	await page.goto(draftUrl);
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(second);
	await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'ok', {
		timeout: 30_000
	});
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server');

	// A fresh device of Jānis's gets the change from the server.
	const other = await page.context().browser()?.newContext();
	const fresh = await other?.newPage();
	if (!other || !fresh) {
		throw new Error('no second context');
	}
	await signIn(fresh, 'demo-citizen-janis');
	await fresh.goto(draftUrl);
	await expect(fresh.getByLabel('Bērna vārds')).toHaveValue(second, { timeout: 30_000 });
	await other.close();
});
