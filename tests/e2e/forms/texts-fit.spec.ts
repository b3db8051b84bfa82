import { expect, test } from '@playwright/test';
import {
	continueTo,
	fillApplicant,
	fillChild,
	fillConsents,
	fillEducation,
	startEnrolmentAtChild,
	submitFromCheck
} from '../support/enrolment';
import { signIn, waitForServiceWorker } from '../support/people';

test('texts fit what the person sees: the rank said, neutral statements, the check page after sending', async ({
	page
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await startEnrolmentAtChild(page);
	await fillChild(page);
	await continueTo(page, 'education');
	await fillEducation(page);
	await continueTo(page, 'institutions');

	// Screen readers hear the place each institution took: the second is 2nd, not 3rd.
	const said = page.getByTestId('field-institutionChoices').getByRole('status');
	await page.getByLabel('Pievienot izvēli').selectOption('riga-saulite');
	await page.getByTestId('institutionChoices-add').click();
	await expect(said).toHaveText('Demo PII “Saulīte” pievienots 1. vietā.');
	await page.getByLabel('Pievienot izvēli').selectOption('riga-zilite');
	await page.getByTestId('institutionChoices-add').click();
	await expect(said).toHaveText('Demo PII “Zīlīte” pievienots 2. vietā.');

	await continueTo(page, 'priority');
	await continueTo(page, 'applicant');
	await fillApplicant(page);
	await continueTo(page, 'secondRepresentative');
	await page
		.getByTestId('hasSecondRepresentative-group')
		.getByRole('radio', { name: 'Nē', exact: true })
		.check();
	await continueTo(page, 'consents');
	// Addressed to anyone: no masculine-only "Esmu iepazinies".
	await expect(page.locator('main')).toContainText('Apzinos, ka pašvaldība apstrādās');
	await expect(page.locator('main')).not.toContainText('iepazinies');
	await fillConsents(page);
	await continueTo(page, 'check');

	await expect(page.getByTestId('check-title')).toHaveText(
		'Pārbaudiet atbildes pirms iesniegšanas'
	);
	await submitFromCheck(page);
	// Once sent, the page shows what was sent; it no longer asks to check before sending.
	await expect(page.getByTestId('check-title')).toHaveText('Iesniegtās atbildes');
	await expect(page.locator('main')).not.toContainText('pirms iesniegšanas');
});
