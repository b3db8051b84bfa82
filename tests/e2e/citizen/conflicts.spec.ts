import { expect, test, type Browser, type Page } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

async function submitApplication(page: Page, givenName: string) {
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName, surname: 'Bērziņa' });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	// Changed after submission (allowed until review starts) on the child's own step.
	await page.getByTestId('answer-childGivenName').getByRole('link').click();
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
	return id;
}

async function officerOn(browser: Browser, applicationId: string) {
	const context = await browser.newContext();
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${applicationId}`);
	await expect(officer.getByTestId('office-application')).toBeVisible();
	return { officer, close: () => context.close() };
}

test('an officer and an offline applicant change the same field: both see both values', async ({
	page,
	context,
	browser
}) => {
	const original = uniqueChildName('Elza');
	await signIn(page, 'demo-citizen-anna');
	const id = await submitApplication(page, original);
	const { officer, close } = await officerOn(browser, id);

	await goOffline(context);
	await page.getByLabel('Bērna vārds').fill('Elīza');
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');

	await officer.getByLabel('Lauks').selectOption('childGivenName');
	await officer.getByLabel('Jaunā vērtība').fill('Elza Marija');
	await officer.getByTestId('save-correction').click();
	await expect(officer.getByTestId('field-childGivenName')).toHaveText('Elza Marija');

	await goOnline(context);
	const banner = page.getByTestId('conflict-banner');
	await expect(banner).toBeVisible({ timeout: 30_000 });
	await expect(banner.getByTestId('conflict-client-value')).toHaveText('Elīza');
	await expect(banner.getByTestId('conflict-server-value')).toHaveText('Elza Marija');
	await expect(banner).toContainText('Speciālista vērtība');

	await officer.reload();
	const officerBanner = officer.getByTestId('conflict-banner');
	await expect(officerBanner.getByTestId('conflict-client-value')).toHaveText('Elīza');
	await expect(officerBanner.getByTestId('conflict-server-value')).toHaveText('Elza Marija');
	// Nothing was overwritten silently: the later edit applies, the other value is kept.
	await expect(officer.getByTestId('field-childGivenName')).toHaveText('Elīza');

	// The applicant keeps the officer's spelling.
	await banner.getByRole('button', { name: /Elza Marija/ }).click();
	await expect(page.getByTestId('conflict-banner')).toBeHidden();
	await expect(page.getByRole('textbox', { name: 'Bērna vārds' })).toHaveValue('Elza Marija');
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await officer.reload();
	await expect(officer.getByTestId('field-childGivenName')).toHaveText('Elza Marija');
	await expect(officer.getByTestId('conflict-banner')).toBeHidden();
	await close();
});

test('an edit made offline after review started is kept, not applied, and shown to both', async ({
	page,
	context,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	const id = await submitApplication(page, uniqueChildName('Laura'));
	const { officer, close } = await officerOn(browser, id);

	await goOffline(context);
	await page.getByLabel('Bērna uzvārds').fill('Kalniņa');
	await officer
		.getByTestId('office-workflow')
		.getByRole('button', { name: 'Sākt izskatīšanu' })
		.click();
	await expect(officer.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');

	await goOnline(context);
	const banner = page.getByTestId('conflict-banner');
	await expect(banner).toHaveAttribute('data-kind', 'stale-state', { timeout: 30_000 });
	await expect(banner).toContainText('Jūsu izmaiņas netika saglabātas');
	await expect(banner.getByTestId('conflict-client-value')).toHaveText('Kalniņa');
	await expect(banner.getByTestId('conflict-server-value')).toHaveText('Bērziņa');
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'inReview');
	await expect(page.getByRole('textbox', { name: 'Bērna uzvārds' })).toHaveValue('Bērziņa');

	// The officer sees the kept change and accepts it.
	await officer.reload();
	await officer.getByRole('button', { name: 'Pieņemt iesniedzēja vērtību' }).click();
	await expect(officer.getByTestId('field-childSurname')).toHaveText('Kalniņa');
	await close();
});
