import { expect, test, type Page } from '@playwright/test';
import { chooseInstitutions, openStep, startEnrolment } from '../support/enrolment';
import { signIn, waitForServiceWorker } from '../support/people';
import { expectNoAxeViolations } from './axe';

/** Sets Rīga's limit of ranked institutions on the admin settings page. */
async function setRigaMaxChoices(admin: Page, value: string): Promise<void> {
	await admin.goto('/admin/riga/services');
	const enrolment = admin.getByTestId('service-education-enrolment');
	await enrolment.getByLabel('Cik iestādes drīkst izvēlēties').fill(value);
	await enrolment.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(enrolment.getByRole('status')).toContainText('Saglabāts');
}

test('choices above a limit the municipality lowered are explained in both languages, and nothing chosen is lost', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await startEnrolment(page);
	await openStep(page, 'institutions');
	await chooseInstitutions(page, ['riga-saulite', 'riga-zilite']);
	await expect(page.getByTestId('application-status')).toHaveAttribute(
		'data-status',
		/device|server/
	);

	// Meanwhile Rīga allows only one institution per application.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signIn(admin, 'demo-admin-riga');
	await admin.goto('/admin/riga/services');
	const stored = await admin
		.getByTestId('service-education-enrolment')
		.getByLabel('Cik iestādes drīkst izvēlēties')
		.inputValue();
	await setRigaMaxChoices(admin, '1');

	try {
		// The family's device takes the new settings when the app starts again.
		await page.reload();
		const group = page.getByTestId('institutionChoices-group');
		await expect(group).toContainText('Var izvēlēties ne vairāk kā 1.');
		await expect(page.getByTestId('institutionChoices-ranked').getByRole('listitem')).toHaveCount(
			2
		);
		await page.getByTestId('continue').click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toBeFocused();
		await expect(
			summary.getByRole('link', {
				name: 'Vēlamās iestādes: Izvēlētas 2 iestādes, bet šajā pašvaldībā atļautas ne vairāk kā 1: noņemiet mazāk vēlamās.'
			})
		).toHaveAttribute('href', '#institutionChoices');
		await expectNoAxeViolations(page);
		await page.getByTestId('language-switch').click();
		await expect(page.getByTestId('institutionChoices-error')).toHaveText(
			'2 institutions are chosen, but this municipality allows at most 1: remove the ones you want least.'
		);
		await page.getByTestId('language-switch').click();

		// The one wanted least goes; the page moves on.
		await page.getByRole('button', { name: 'Noņemt: Demo PII “Zīlīte”' }).click();
		await page.getByTestId('continue').click();
		await expect(page).toHaveURL(/\/priority$/);
	} finally {
		await setRigaMaxChoices(admin, stored);
		await adminContext.close();
	}
});
