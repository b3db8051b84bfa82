import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { readLocalRecord } from '../support/indexeddb';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// Honest test data: a Rīga demo institution and a valid child's personal code (born 2017).
const CHILD_CODE = '280817-22341';

test('a draft made offline survives a reload, is submitted on reconnect and reaches the officer once', async ({
	page,
	context,
	browser
}) => {
	const givenName = uniqueChildName('Elza');

	// Online once: the app shell is cached, the reference lists are stored.
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('start-enrolment')).toBeVisible();

	await goOffline(context);
	await page.getByTestId('start-enrolment').click();
	await expect(page.getByLabel('Bērna vārds')).toBeVisible();
	await page.getByLabel('Bērna vārds').fill(givenName);
	await page.getByLabel('Bērna uzvārds').fill('Bērziņa');
	await page.getByLabel('Bērna personas kods').fill(CHILD_CODE);
	await page.getByLabel('Vēlamā izglītības iestāde').selectOption('riga-saulite');
	await page.getByLabel('Vēlamais uzsākšanas datums').fill('2099-09-01');
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');

	// A reload with no network opens the app from the cache, with the draft in it.
	const draftUrl = page.url();
	await page.reload();
	expect(page.url()).toBe(draftUrl);
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
	await expect(page.getByLabel('Bērna personas kods')).toHaveValue(CHILD_CODE);
	await expect(page.getByLabel('Vēlamā izglītības iestāde')).toHaveValue('riga-saulite');

	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'queued');
	await expect(page.getByTestId('application-status')).toContainText('vēl nav iesniegts');

	const beforeOnline = Date.now();
	await goOnline(context);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/);
	const registrationNumber = await page.getByTestId('registration-number').textContent();

	// The receipt time is the server's, taken when it arrived, not when it was queued.
	const record = await readLocalRecord(page, 'demo-citizen-anna', draftUrl.split('/').pop() ?? '');
	const receipt = record?.submittedAt ?? 0;
	expect(receipt).toBeGreaterThanOrEqual(beforeOnline - 1000);

	// The officer of Rīga sees it exactly once.
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	const rows = officer.getByTestId('queue-row').filter({ hasText: givenName });
	await expect(rows).toHaveCount(1);
	await rows.getByRole('link').click();
	await expect(officer.getByTestId('field-childPersonalCode')).toHaveText(CHILD_CODE);
	await expect(officer.getByTestId('office-application')).toContainText(registrationNumber ?? '');
	await officerContext.close();
});
