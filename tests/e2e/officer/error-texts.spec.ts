import { expect, test } from '@playwright/test';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

test('a page or record that is not there says so in Latvian, not in English', async ({ page }) => {
	await signIn(page, 'demo-officer-riga');
	await page.goto(`/office/riga/${uuidv7()}`);
	await expect(page.getByRole('heading', { name: 'Lapa nav atrasta' })).toBeVisible();
	await expect(page.getByTestId('error-message')).toHaveText(
		'Šāda lapa vai ieraksts nav atrasts. Pārbaudiet adresi.'
	);
	await expect(page.locator('main')).not.toContainText(/No such|Not Found/);

	await page.goto('/nav/tadas/lapas/nekur/te/nav');
	await expect(page.getByRole('heading', { name: 'Lapa nav atrasta' })).toBeVisible();
	await page.getByTestId('language-switch').click();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a request over 4,000 characters: the limit in Latvian at its field, the text kept', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName: uniqueChildName('Dace') });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${id}`);
	const panel = officer.getByTestId('office-workflow');
	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');

	// The limit is stated before it is reached, and the browser keeps to it.
	const question = panel.getByLabel('Ko iesniedzējam jāsniedz?');
	await expect(question).toHaveAttribute('maxlength', '4000');
	await expect(panel.getByTestId('request-form')).toContainText('Ne vairāk kā 4000 rakstzīmju.');

	// Past the browser's limit (a paste into an older page): the server's refusal is shown
	// at the field in Latvian, never as zod's JSON, and the text stays.
	await question.evaluate((el) => el.removeAttribute('maxlength'));
	const long = 'ā'.repeat(4001);
	await question.fill(long);
	await panel.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();
	await expect(panel.getByTestId('request-question-error')).toHaveText(
		'Teksts ir par garu: ne vairāk kā 4000 rakstzīmju.'
	);
	await expect(question).toHaveAttribute('aria-invalid', 'true');
	await expect(question).toHaveValue(long);
	await expect(panel).not.toContainText('too_big');
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	await officerContext.close();
});
