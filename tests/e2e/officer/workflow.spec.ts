import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

test('an officer reviews, asks the applicant for more, keeps a note, and reads it all in the history', async ({
	page,
	browser
}) => {
	const givenName = uniqueChildName('Paula');
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${id}`);
	const panel = officer.getByTestId('office-workflow');
	await expect(panel.getByTestId('workflow-status')).toHaveText('Iesniegts');
	// Received today: one month to decide, on time.
	await expect(panel.getByTestId('due')).toHaveAttribute('data-due', 'onTime');
	await expectNoAxeViolations(officer);

	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');

	const question =
		'Lūdzu, pievienojiet bāriņtiesas lēmuma kopiju (ar ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž).';
	await panel.getByLabel('Ko iesniedzējam jāsniedz?').fill(question);
	await panel.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Pieprasīta informācija');
	await expect(panel.getByTestId('term-paused')).toBeVisible();
	await expect(panel.getByLabel('Ko iesniedzējam jāsniedz?')).toHaveValue('');

	await panel.getByLabel('Jauna piezīme').fill('Zvanīju vecākam: dokuments būs rīt.');
	await panel.getByRole('button', { name: 'Pievienot piezīmi' }).click();

	const entries = panel.getByTestId('timeline-entry');
	await expect(entries).toHaveCount(5);
	await expect(entries.nth(0)).toContainText('Iesniedza');
	await expect(entries.nth(1)).toContainText('Sākt izskatīšanu: Iesniegts → Tiek izskatīts');
	await expect(panel.getByTestId('timeline')).toContainText(question);
	await expect(entries.last()).toContainText('Zvanīju vecākam');
	await expectNoAxeViolations(officer);

	// In English the same history reads in English.
	await officer.getByTestId('language-switch').click();
	await expect(entries.nth(1)).toContainText('Start review: Submitted → In review');
	await officerContext.close();
});
