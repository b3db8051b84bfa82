import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { expectNoAxeViolations } from './axe';

// A Rīga demo institution and a valid child's personal code (born 2017).
const CHILD_CODE = '280817-22341';

test('the generic form runs the enrolment offline: task list, step, error summary in both languages, check answers, submit, officer queue', async ({
	page,
	context,
	browser
}) => {
	const givenName = uniqueChildName('Marta');
	await signIn(page, 'demo-citizen-janis');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await page.getByTestId('start-enrolment').click();
	await expect(page).toHaveURL(/\/riga\/enrolment\//);
	const id = page.url().split('/').pop() ?? '';
	const base = `/riga/education-enrolment/${id}`;

	// The task list: one part, not started; nothing to check yet.
	await page.goto(base);
	const task = page.getByTestId('task');
	await expect(task).toHaveAttribute('data-status', 'notStarted');
	await expect(task).toContainText('Nav sākts');
	await expect(page.getByTestId('to-check')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// From here on there is no network: the step saves on the device.
	await goOffline(context);
	await task.getByRole('link', { name: 'Bērns un iestāde' }).click();
	await expect(page).toHaveURL(`${base}/child`);
	await page.getByLabel('Bērna vārds').fill(givenName);
	await page.getByLabel('Bērna personas kods').fill('121219-22341');
	await page.getByLabel('Vēlamais uzsākšanas datums').fill('2001-09-01');
	await expectNoAxeViolations(page);

	// Continue with missing and wrong answers: the summary lists each, linked to its field.
	await page.getByTestId('continue').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(
		summary.getByRole('link', { name: 'Bērna uzvārds: Šis lauks ir obligāts.' })
	).toHaveAttribute('href', '#childSurname');
	await expect(
		summary.getByRole('link', {
			name: /Bērna personas kods: Personas koda pēdējais cipars nesakrīt/
		})
	).toBeVisible();
	await expect(summary.getByRole('link', { name: /Vēlamā izglītības iestāde/ })).toHaveAttribute(
		'href',
		'#institutionId'
	);
	await expect(page.getByTestId('startDate-error')).toBeVisible();
	await expect(page.getByLabel('Bērna personas kods')).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(`${base}/child`);
	await expectNoAxeViolations(page);

	await page.getByTestId('language-switch').click();
	await expect(
		summary.getByRole('link', {
			name: /Child’s personal code: The last digit of the personal code does not match/
		})
	).toBeVisible();
	await expect(page.getByTestId('childSurname-error')).toHaveText('This field is required.');
	await page.getByTestId('language-switch').click();

	// Corrected in part, then a reload without network: nothing typed is lost.
	await page.getByLabel('Bērna uzvārds').fill('Liepiņa');
	await page.getByLabel('Bērna personas kods').fill(CHILD_CODE);
	await page.getByRole('radio', { name: 'Demo PII “Saulīte”' }).check();
	await page.reload();
	await expect(page.getByLabel('Bērna vārds')).toHaveValue(givenName);
	await expect(page.getByLabel('Bērna uzvārds')).toHaveValue('Liepiņa');
	await expect(page.getByLabel('Bērna personas kods')).toHaveValue(CHILD_CODE);
	await expect(page.getByRole('radio', { name: 'Demo PII “Saulīte”' })).toBeChecked();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'device');

	// The date in the past is still refused, with how to fix it; then the step is complete.
	await page.getByTestId('continue').click();
	await expect(summary.getByRole('link', { name: /Vēlamais uzsākšanas datums/ })).toBeVisible();
	await page.getByLabel('Vēlamais uzsākšanas datums').fill('2099-09-01');
	await page.getByTestId('continue').click();
	await expect(page).toHaveURL(`${base}/check`);

	// Check answers: every answer, a change link back to its step.
	await expect(page.getByTestId('answer-childSurname')).toContainText('Liepiņa');
	await expect(page.getByTestId('answer-institutionId')).toContainText('Demo PII “Saulīte”');
	await expect(page.getByTestId('answer-startDate')).toContainText('2099-09-01');
	await expect(page.getByTestId('answer-childGivenName').getByRole('link')).toHaveAttribute(
		'href',
		`${base}/child#childGivenName`
	);
	await expectNoAxeViolations(page);

	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'queued');
	await expect(page.getByTestId('submit-application')).toHaveCount(0);

	await goOnline(context);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/);
	await page.goto(base);
	await expect(page.getByTestId('task')).toHaveAttribute('data-status', 'completed');

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	await expect(officer.getByTestId('queue-row').filter({ hasText: givenName })).toHaveCount(1);
	await officerContext.close();
});
