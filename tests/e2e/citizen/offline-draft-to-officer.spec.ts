import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { readLocalRecord } from '../support/indexeddb';
import {
	completeFromChild,
	enrolmentIdOf,
	fillChild,
	preschoolChildCode,
	startEnrolmentAtChild,
	submitFromCheck
} from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// Honest test data: a valid personal code of a pre-school child (check digit computed).
const CHILD_CODE = preschoolChildCode();

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
	await expect(page.getByTestId('start-education-enrolment')).toBeVisible();

	await goOffline(context);
	await startEnrolmentAtChild(page);
	await fillChild(page, { givenName, surname: 'Bērziņa', personalCode: CHILD_CODE });
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');

	// A reload with no network opens the app from the cache, with the draft in it.
	const draftUrl = page.url();
	await page.reload();
	expect(page.url()).toBe(draftUrl);
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
	await expect(page.getByLabel('Bērna personas kods')).toHaveValue(CHILD_CODE);
	await expect(
		page.getByTestId('childResidentHere-group').getByRole('radio', { name: 'Jā' })
	).toBeChecked();

	// The rest of the steps, still offline, then submitted: queued on the device.
	await completeFromChild(page, { givenName, surname: 'Bērziņa', personalCode: CHILD_CODE });
	await expect(page.getByTestId('answer-institutionChoices')).toContainText('Demo PII “Saulīte”');
	await submitFromCheck(page);
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
	const record = await readLocalRecord(page, 'demo-citizen-anna', enrolmentIdOf(page));
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
