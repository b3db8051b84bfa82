import { expect, test, type Page } from '@playwright/test';
import { signIn, uniqueChildName } from '../support/people';

// The street trade permit end to end, on a phone: a company's signatory signs in through the
// stand-in Latvija.lv, fills the form at 390 × 844 (the map point by a tap inside Rīga's
// outline), is told in Latvian what breaks Rīga's rules, sees the duty with its formula,
// submits; Rīga's officer approves with the permit's conditions; the permit is in the register.

const SHOTS = '/work/shots';

// HONEST FIXTURES: the smallest real PDF and JPEG headers a file check accepts.
const SKETCH_PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
);

/** Nothing sticks out sideways at the phone's width (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const width = page.viewportSize()?.width ?? 0;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		width
	);
}

async function continueTo(page: Page, step: string): Promise<void> {
	await page.getByTestId('continue').click();
	await expect(page).toHaveURL(new RegExp(`/${step}$`));
}

async function shot(page: Page, name: string): Promise<void> {
	await expectNoSidewaysScroll(page);
	await page.screenshot({ path: `${SHOTS}/street-trade-${name}.png`, fullPage: true });
}

test('a company applies for a street trade permit on a phone; the officer issues it with conditions; it is in the register', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const street = `${uniqueChildName('Ziedu')} iela 2, Rīga`;
	const company = `SIA “Ziedu Dārzs ${uniqueChildName('')}”`;
	const year = new Date().getFullYear() + 1;
	await page.setViewportSize({ width: 390, height: 844 });

	// Signed in through Latvija.lv as the demo company's signatory (PK:…-UR:40203123456).
	await page.goto('/login');
	await page.getByTestId('login-latvija').click();
	await page.getByTestId('idp-person-company-roberts').click();
	await expect(page.getByTestId('acting-for')).toContainText('40203123456');

	await page.goto('/riga');
	await page.getByTestId('start-street-trade').click();
	await expect(page).toHaveURL(/\/riga\/street-trade\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;
	await expect(page.getByTestId('task')).toHaveCount(6);
	await shot(page, '1-tasks');

	// The seller: the company and its number come from the sign-in.
	await page.goto(`${base}/seller`);
	await expect(page.getByRole('radio', { name: 'Uzņēmums vai organizācija' })).toBeChecked();
	await expect(page.getByLabel('Reģistrācijas numurs')).toHaveValue('40203123456');
	await page.getByLabel('Uzņēmuma nosaukums').fill(company);
	await page.getByLabel('Kontaktpersona').fill('Roberts Kalējs');
	await page.getByLabel('Tālrunis').fill('+371 29123456');
	await page.getByLabel('E-pasts').fill('roberts@example.lv');
	await continueTo(page, 'goods');

	await page.getByRole('checkbox', { name: 'Ziedi un stādi' }).check();
	await page.getByRole('checkbox', { name: 'Pārtikas produkti' }).check();
	await page.getByLabel('Preču apraksts').fill('Peonijas, rozes un pašu audzētas zemenes');
	await page.getByRole('radio', { name: 'Tirdzniecības galds vai stends' }).check();
	await shot(page, '2-goods');
	await continueTo(page, 'place');

	// The place: the address, a tap inside Rīga's outline on the plain map, the zone.
	await page.getByLabel('Adrese').fill(street);
	const map = page.getByTestId('point-map');
	await map.scrollIntoViewIfNeeded();
	const outline = await map.locator('polygon').boundingBox();
	expect(outline).not.toBeNull();
	await page.mouse.click(outline!.x + outline!.width / 2, outline!.y + outline!.height / 2);
	const lat = Number(await page.getByLabel(/Ģeogrāfiskais platums/).inputValue());
	const lon = Number(await page.getByLabel(/Ģeogrāfiskais garums/).inputValue());
	expect(lat).toBeGreaterThan(56.86);
	expect(lat).toBeLessThan(57.1);
	expect(lon).toBeGreaterThan(23.93);
	expect(lon).toBeLessThan(24.33);
	await page.getByRole('radio', { name: 'Rīgas centrs' }).check();
	await shot(page, '3-place');
	await continueTo(page, 'time');

	// Days and hours: closing before opening is explained at the field, then put right.
	await page.getByLabel('Tirgot no').fill(`${year}-06-01`);
	await page.getByLabel('Tirgot līdz').fill(`${year}-06-30`);
	await page.getByRole('checkbox', { name: 'Sestdiena' }).check();
	await page.getByRole('checkbox', { name: 'Svētdiena' }).check();
	await page.getByLabel('Sākt tirgot plkst.').selectOption('18:00');
	await page.getByLabel('Beigt tirgot plkst.').selectOption('08:00');
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('closesAt-error')).toHaveText(
		'Beigu laiks nav pēc sākuma laika: izvēlieties beigu laiku, kas ir vēlāks par sākuma laiku.'
	);
	await shot(page, '4-time-error');
	// English is the switch: the same message, the field's label too.
	await page.getByTestId('language-switch').click();
	await expect(page.getByTestId('closesAt-error')).toHaveText(
		'The closing time is not after the opening time: choose a closing time later than the opening time.'
	);
	await expect(page.getByLabel('Close at')).toHaveValue('08:00');
	await page.getByTestId('language-switch').click();
	await page.getByLabel('Sākt tirgot plkst.').selectOption('08:00');
	await page.getByLabel('Beigt tirgot plkst.').selectOption('18:00');
	await continueTo(page, 'stall');

	// Rīga allows 3 m of width: 4 m is refused with the limit, then made smaller.
	await page.getByLabel('Platums, m', { exact: true }).fill('4');
	await page.getByLabel('Dziļums, m', { exact: true }).fill('1,5');
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('stallWidth-error')).toHaveText(
		'Tirdzniecības vieta šeit drīkst būt ne platāka par 3 m: samaziniet platumu.'
	);
	await page.getByLabel('Platums, m', { exact: true }).fill('2');
	await continueTo(page, 'documents');

	// Food is sold, so the food business registration is asked for too.
	await page
		.locator('#stallSketch')
		.setInputFiles({ name: 'stends.pdf', mimeType: 'application/pdf', buffer: SKETCH_PDF });
	await expect(page.getByTestId('stallSketch-files')).toContainText('stends.pdf');
	await expect(page.getByTestId('field-foodRegistration')).toBeVisible();
	await page
		.locator('#foodRegistration')
		.setInputFiles({ name: 'pvd.pdf', mimeType: 'application/pdf', buffer: SKETCH_PDF });
	await expect(page.getByTestId('foodRegistration-files')).toContainText('pvd.pdf');
	await shot(page, '5-documents');
	await continueTo(page, 'check');

	// The duty: 8 weekend days in June × 10,00 € in Rīga's centre, plus the issuing fee.
	await expect(page.getByTestId('fee')).toContainText(
		'8 tirdzniecības dienas × 10,00 € (Rīgas centrs) = 80,00 €'
	);
	await expect(page.getByTestId('fee-total')).toContainText('90,00 €');
	await shot(page, '6-check');
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/);
	await shot(page, '7-submitted');

	// Rīga's officer reviews it and issues the permit with its conditions.
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	await officer
		.getByTestId('queue-row')
		.filter({ hasText: street })
		.getByRole('link')
		.first()
		.click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Ielu tirdzniecības atļauja');
	const panel = officer.getByTestId('office-workflow');
	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	const form = panel.getByTestId('decision-form');
	await form.getByRole('radio', { name: 'Atļaut (ar nosacījumiem)' }).check();
	const text = form.getByRole('textbox', { name: 'Nosacījumi' });
	await expect(text).toHaveValue(/Tirdzniecības laiks: sestdienās un svētdienās no plkst\. 08:00/);
	await expect(text).toHaveValue(/pircējiem redzamā vietā/);
	await text.fill(`${await text.inputValue()}\n\nSkaņu pastiprinošas iekārtas neizmantot.`);
	await form.getByRole('button', { name: 'Pieņemt lēmumu un izveidot PDF' }).click();
	const confirm = panel.getByTestId('decision-confirm');
	await expect(confirm.getByTestId('confirm-place')).toContainText(street);
	await expect(confirm.getByTestId('confirm-paragraphs')).toContainText(
		'Skaņu pastiprinošas iekārtas neizmantot.'
	);
	await officer.screenshot({ path: `${SHOTS}/street-trade-8-confirm.png`, fullPage: true });
	await confirm.getByRole('button', { name: 'Apstiprināt un izsniegt atļauju' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Atļauja izsniegta');

	await officer.goto('/office/riga/permits');
	const row = officer.getByTestId('permit-row').filter({ hasText: street });
	await expect(row).toContainText(company);
	await officer.screenshot({ path: `${SHOTS}/street-trade-9-register.png`, fullPage: true });
	await officerContext.close();

	// The seller sees the permit.
	await page.goto(base);
	await expect(page.getByTestId('decision-panel')).toContainText('Pieņemts lēmums: atļauts', {
		timeout: 30_000
	});
	await expect(page.getByTestId('permit-number')).toContainText(/RIGA-A-\d{4}-\d{6}/);
	await shot(page, '10-decided');
});
