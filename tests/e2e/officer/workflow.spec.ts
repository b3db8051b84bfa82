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
	// While the applicant is asked, there is nothing more to ask: the form is gone.
	await expect(panel.getByTestId('request-form')).toHaveCount(0);

	await panel.getByLabel('Jauna piezīme').fill('Zvanīju vecākam: dokuments būs rīt.');
	await panel.getByRole('button', { name: 'Pievienot piezīmi' }).click();

	const entries = panel.getByTestId('timeline-entry');
	// The request is one entry (not also the step it made): submitted, review, request, note.
	await expect(entries).toHaveCount(4);
	await expect(entries.nth(0)).toContainText('Iesniedza');
	await expect(entries.nth(1)).toContainText('Sākt izskatīšanu: Iesniegts → Tiek izskatīts');
	await expect(panel.getByTestId('timeline').getByText(question)).toHaveCount(1);
	await expect(entries.last()).toContainText('Zvanīju vecākam');
	await expectNoAxeViolations(officer);

	// In English the same history reads in English.
	await officer.getByTestId('language-switch').click();
	await expect(entries.nth(1)).toContainText('Start review: Submitted → In review');
	await officerContext.close();
});

test('a step on a version someone else changed is refused with why, and the officer’s text stays', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName: uniqueChildName('Rūta') });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const officerContext = await browser.newContext();
	const first = await officerContext.newPage();
	await signIn(first, 'demo-officer-riga');
	await first.goto(`/office/riga/${id}`);
	const second = await officerContext.newPage();
	await second.goto(`/office/riga/${id}`);
	const stale = second.getByTestId('office-workflow');
	await expect(stale.getByTestId('workflow-status')).toHaveText('Iesniegts');

	// One tab starts the review; the other, still showing "submitted", asks a question.
	await first
		.getByTestId('office-workflow')
		.getByRole('button', { name: 'Sākt izskatīšanu' })
		.click();
	await expect(first.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	const question = 'Lūdzu, precizējiet deklarēto dzīvesvietu.';
	await stale.getByLabel('Ko iesniedzējam jāsniedz?').fill(question);
	await stale.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();
	await expect(stale.getByTestId('workflow-problem')).toHaveText(
		'Kāds cits pa to laiku mainīja šo iesniegumu. Pārlādējiet lapu; jūsu ievadītais teksts ir saglabāts.'
	);
	await expect(stale.getByLabel('Ko iesniedzējam jāsniedz?')).toHaveValue(question);
	await officerContext.close();
});
