import { expect, type Page } from '@playwright/test';

/** HONEST FIXTURE: the smallest valid PDF a sketch can be (a one-page document). */
export const SKETCH_PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
);

async function continueTo(page: Page, step: string): Promise<void> {
	await page.getByTestId('continue').click();
	await expect(page).toHaveURL(new RegExp(`/${step}$`));
}

/**
 * A person's temporary (event) advertising permit in Rīga, through every step online, at
 * their current location, submitted; returns the application's address. The sketch is a
 * real PDF; the place is theirs, so no owner's consent is asked.
 */
export async function submitTemporaryPermit(
	page: Page,
	answers: {
		contactName: string;
		email: string;
		street: string;
		from: string;
		to: string;
		/** Applying for a company (the person signed in on its behalf), as typed. */
		company?: { name: string; registrationNumber: string };
	}
): Promise<string> {
	await page.goto('/riga');
	await page.getByTestId('start-advertising-permit').click();
	await expect(page).toHaveURL(/\/riga\/advertising-permit\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;
	await page.goto(`${base}/applicant`);
	if (answers.company) {
		await page.getByRole('radio', { name: 'Uzņēmums vai organizācija' }).check();
		await page.getByLabel('Uzņēmuma nosaukums').fill(answers.company.name);
		await page.getByLabel('Reģistrācijas numurs').fill(answers.company.registrationNumber);
	} else {
		await page.getByRole('radio', { name: 'Privātpersona' }).check();
	}
	await page.getByLabel('Kontaktpersona').fill(answers.contactName);
	await page.getByLabel('Tālrunis').fill('+371 29123456');
	await page.getByLabel('E-pasts').fill(answers.email);
	await continueTo(page, 'permit');
	await page.getByLabel('Kāda atļauja jums vajadzīga?').selectOption('temporary');
	await page.getByLabel('Pasākuma nosaukums').fill('Ziemassvētku tirdziņš');
	await page.getByLabel('Reklāmas saturs').fill('Tirdziņa programma un rīkotāja logotips');
	await continueTo(page, 'location');
	await page.getByLabel('Adrese').fill(answers.street);
	await page.getByLabel(/Ģeogrāfiskais platums/).fill('56.9496');
	await page.getByLabel(/Ģeogrāfiskais garums/).fill('24.1052');
	await page.getByRole('radio', { name: 'Pārējā pilsēta' }).check();
	await page.getByTestId('nearMonument-group').getByRole('radio', { name: 'Nē' }).check();
	await continueTo(page, 'size');
	await page.getByLabel('Platums, m', { exact: true }).fill('2');
	await page.getByLabel('Augstums, m', { exact: true }).fill('1');
	await page.getByTestId('lighting-group').getByRole('radio', { name: 'Nē' }).check();
	await page.getByTestId('soundEffects-group').getByRole('radio', { name: 'Nē' }).check();
	await page.getByLabel('Izvietot no').fill(answers.from);
	await page.getByLabel('Izvietot līdz').fill(answers.to);
	await continueTo(page, 'documents');
	await page
		.locator('#design')
		.setInputFiles({ name: 'skice.pdf', mimeType: 'application/pdf', buffer: SKETCH_PDF });
	await expect(page.getByTestId('design-files')).toContainText('skice.pdf');
	await page.getByTestId('ownsProperty-group').getByRole('radio', { name: 'Jā' }).check();
	await continueTo(page, 'check');
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	return base;
}
