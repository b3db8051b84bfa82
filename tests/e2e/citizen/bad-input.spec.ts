import { expect, test } from '@playwright/test';
import { readLocalRecord } from '../support/indexeddb';
import { enrolmentIdOf, startEnrolmentAtChild } from '../support/enrolment';
import { signIn } from '../support/people';

test('a wrong personal code is explained at the field in Latvian and English, and nothing typed is lost', async ({
	page
}) => {
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/riga');
	await startEnrolmentAtChild(page);

	const code = page.getByLabel('Bērna personas kods');
	// Old form with a wrong check digit (the right one is 2).
	await code.fill('121219-22341');
	await page.getByLabel('Bērna vārds').fill('Kārlis');
	// Messages come when "continue" is pressed, not as a field is left.
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('step-form')).toHaveAttribute('data-step', 'child');
	await expect(page.getByTestId('childPersonalCode-error')).toHaveText(
		'Personas koda pēdējais cipars nesakrīt: pārbaudiet, vai kods ievadīts pareizi.'
	);
	await expect(code).toHaveAttribute('aria-invalid', 'true');

	// The draft keeps the half-right code: no refusal box repeats the field's message.
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server');
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);

	await page.getByTestId('language-switch').click();
	await expect(page.getByTestId('childPersonalCode-error')).toHaveText(
		'The last digit of the personal code does not match: check that the code is typed correctly.'
	);
	await expect(page.getByLabel('Child’s personal code')).toHaveValue('121219-22341');

	// A date that does not exist, in the new form too.
	await page.getByLabel('Child’s personal code').fill('310219-22341');
	await expect(page.getByTestId('childPersonalCode-error')).toContainText('not a valid date');

	// After a reload the typed values are still there.
	await page.reload();
	await expect(page.getByLabel('Child’s personal code')).toHaveValue('310219-22341');
	await expect(page.getByLabel('Child’s given name')).toHaveValue('Kārlis');

	// Continuing shows an error summary linking to the fields.
	await page.getByTestId('continue').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('link', { name: /Child’s surname/ })).toBeVisible();
	await expect(summary.getByRole('link', { name: /Child’s personal code/ })).toBeVisible();

	// Corrected, the field's message goes and the draft reaches the server.
	await page.getByLabel('Child’s personal code').fill('121219-22342');
	await expect(page.getByTestId('childPersonalCode-error')).toBeHidden();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'server');
	// "server" means nothing is left in the outbox: the view is the server's copy, so the
	// name typed alongside the refused code reached the server too.
	const record = await readLocalRecord(page, 'demo-citizen-liga', enrolmentIdOf(page));
	expect(record?.fields).toMatchObject({
		childGivenName: 'Kārlis',
		childPersonalCode: '121219-22342'
	});
	await page.getByTestId('language-switch').click();
});
