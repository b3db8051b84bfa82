import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

test('a municipal admin edits an e-service’s settings; bad JSON is refused and what was typed stays', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga');
	await page.getByRole('link', { name: 'E-pakalpojumu iestatījumi' }).click();
	const enrolment = page.getByTestId('service-education-enrolment');
	await expect(enrolment.getByLabel('Piedāvāt šo e-pakalpojumu')).toBeChecked();

	const editor = enrolment.getByLabel('Iestatījumi (JSON)');
	const stored = await editor.inputValue();
	await editor.fill('{ "broken": ');
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(enrolment.getByRole('alert')).toContainText('nav derīgs JSON');
	await expect(editor).toHaveValue('{ "broken": ');

	await editor.fill(stored);
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(enrolment.getByRole('status')).toContainText('Saglabāts');
	await expect(enrolment.getByLabel('Piedāvāt šo e-pakalpojumu')).toBeChecked();

	await page.goto('/admin/riga/audit?action=settings.update');
	await expect(page.getByTestId('audit-row').first()).toContainText(
		'Mainīja e-pakalpojuma iestatījumus'
	);
});
