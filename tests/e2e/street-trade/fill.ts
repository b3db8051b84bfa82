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
 * A person's flower table in Rīga's centre at a typed point, on weekends of June next year,
 * 08:00–18:00, 2 × 1,5 m, through every step online, submitted; returns the application's
 * address. The signed-in person must be a citizen.
 */
export async function submitFlowerStall(
	page: Page,
	answers: { contactName: string; street: string; lat: string; lon: string }
): Promise<string> {
	const year = new Date().getFullYear() + 1;
	await page.goto('/riga');
	await page.getByTestId('start-street-trade').click();
	await expect(page).toHaveURL(/\/riga\/street-trade\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;
	await page.goto(`${base}/seller`);
	await page.getByRole('radio', { name: 'Fiziska persona' }).check();
	await page.getByLabel('Kontaktpersona').fill(answers.contactName);
	await page.getByLabel('Tālrunis').fill('+371 29123456');
	await page.getByLabel('E-pasts').fill('ziedi@example.lv');
	await continueTo(page, 'goods');
	await page.getByRole('checkbox', { name: 'Ziedi un stādi' }).check();
	await page.getByLabel('Preču apraksts').fill('Peonijas un rozes no sava dārza');
	await page.getByRole('radio', { name: 'Tirdzniecības galds vai stends' }).check();
	await continueTo(page, 'place');
	await page.getByLabel('Adrese').fill(answers.street);
	await page.getByLabel(/Ģeogrāfiskais platums/).fill(answers.lat);
	await page.getByLabel(/Ģeogrāfiskais garums/).fill(answers.lon);
	await page.getByRole('radio', { name: 'Rīgas centrs' }).check();
	await continueTo(page, 'time');
	await page.getByLabel('Tirgot no').fill(`${year}-06-01`);
	await page.getByLabel('Tirgot līdz').fill(`${year}-06-30`);
	await page.getByRole('checkbox', { name: 'Sestdiena' }).check();
	await page.getByRole('checkbox', { name: 'Svētdiena' }).check();
	await page.getByLabel('Sākt tirgot plkst.').selectOption('08:00');
	await page.getByLabel('Beigt tirgot plkst.').selectOption('18:00');
	await continueTo(page, 'stall');
	await page.getByLabel('Platums, m', { exact: true }).fill('2');
	await page.getByLabel('Dziļums, m', { exact: true }).fill('1,5');
	await continueTo(page, 'documents');
	await page
		.locator('#stallSketch')
		.setInputFiles({ name: 'galds.pdf', mimeType: 'application/pdf', buffer: SKETCH_PDF });
	await expect(page.getByTestId('stallSketch-files')).toContainText('galds.pdf');
	await continueTo(page, 'check');
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await page.goto(`${base}/documents`);
	await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
		timeout: 30_000
	});
	return base;
}
