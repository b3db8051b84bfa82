import { expect, test } from '@playwright/test';
import { readLocalRecord } from '../support/indexeddb';
import {
	continueTo,
	enrolmentIdOf,
	fillChild,
	openStep,
	startEnrolmentAtChild
} from '../support/enrolment';
import { signIn } from '../support/people';

/**
 * Issue 13 item 5: a draft keeps what the person is still typing. Pausing on `roberts@` or
 * on a personal code with a wrong check digit is saved on the server like any draft (no
 * red "the server did not accept" box that repeats the field's message and follows the
 * person to other steps); the field says what is wrong when they continue, and submission
 * refuses at the field.
 */
test('half-typed values are saved as a draft, and only continuing or submitting refuses them, at the field', async ({
	page
}) => {
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await startEnrolmentAtChild(page);
	const id = enrolmentIdOf(page);

	// A personal code with a wrong check digit (the right one is 2), then a pause.
	await fillChild(page, { personalCode: '121219-22341', givenName: 'Roberts' });
	const status = page.getByTestId('application-status');
	// Saved on the server: the autosave ran and sync emptied the outbox.
	await expect(status).toHaveAttribute('data-status', 'server', { timeout: 15_000 });
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);
	const saved = await readLocalRecord(page, 'demo-citizen-marta', id);
	expect(saved?.fields.childPersonalCode).toBe('121219-22341');

	// Continuing says what is wrong, at the field only.
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('childPersonalCode-error')).toHaveText(
		'Personas koda pēdējais cipars nesakrīt: pārbaudiet, vai kods ievadīts pareizi.'
	);
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);

	// Half an email address on another step: saved, no refusal box there either.
	await openStep(page, 'applicant');
	await page.getByRole('radio', { name: 'Vecāks' }).check();
	await page.getByLabel('Tālrunis').fill('+371 26123456');
	await page.getByLabel('E-pasts').fill('roberts@');
	await expect(status).toHaveAttribute('data-status', 'server', { timeout: 15_000 });
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);
	const later = await readLocalRecord(page, 'demo-citizen-marta', id);
	expect(later?.fields.applicantEmail).toBe('roberts@');

	// Continuing refuses at the field, with the field's own message.
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('applicantEmail-error')).toHaveText(
		'Ievadiet e-pasta adresi, piemēram, vards@example.lv.'
	);
	await expect(page.getByLabel('E-pasts')).toHaveAttribute('aria-invalid', 'true');

	// Submitting refuses too, naming the field and linking to it.
	const base = new URL(page.url()).pathname.replace(/\/applicant$/, '');
	await page.goto(`${base}/check`);
	await page.getByTestId('submit-application').click();
	const issues = page.getByTestId('check-issues');
	const toEmail = issues.getByRole('link', {
		name: 'E-pasts: Ievadiet e-pasta adresi, piemēram, vards@example.lv.'
	});
	await expect(toEmail).toHaveAttribute('href', `${base}/applicant#applicantEmail`);
	await expect(page.getByTestId('submit-application')).toBeVisible();
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);
	await toEmail.click();

	// Finished, it continues.
	await page.getByLabel('E-pasts').fill('roberts@example.lv');
	await continueTo(page, 'secondRepresentative');
	await expect(page.getByTestId('server-rejections')).toHaveCount(0);
});
