import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { expectNoAxeViolations } from './axe';

// A small real PDF: the design sketch (PDFs are kept as they are, not downscaled).
const SKETCH = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
);

/** Nothing sticks out sideways at a phone's 320 CSS px (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

async function continueTo(page: Page, url: string): Promise<void> {
	await page.getByTestId('continue').click();
	await expect(page).toHaveURL(url);
}

test('an advertising permit through every step, partly offline: conditional fields, wrong values explained in both languages, a reload, the file, the fee, submitted to the officer', async ({
	page,
	context,
	browser
}) => {
	// A street no other test uses, so the officer's queue row is this one.
	const street = `${uniqueChildName('Iela')} iela 7, Rīga`;
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await page.getByTestId('start-advertising-permit').click();
	await expect(page).toHaveURL(/\/riga\/advertising-permit\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;

	const tasks = page.getByTestId('task');
	await expect(tasks).toHaveCount(5);
	await expect(page.getByTestId('task-progress')).toHaveText('Pabeigtas 0 no 5 daļām.');
	await expectNoAxeViolations(page);

	// A phone from here on, offline; the device knows where it is.
	await page.setViewportSize({ width: 320, height: 720 });
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ latitude: 56.9496, longitude: 24.1052, accuracy: 12 });
	await expectNoSidewaysScroll(page);
	await goOffline(context);
	await tasks.getByRole('link', { name: 'Iesniedzējs' }).click();
	await expect(page).toHaveURL(`${base}/applicant`);
	// Company fields appear only for a company, as the answer is given.
	await page.getByRole('radio', { name: 'Uzņēmums vai organizācija' }).check();
	await expect(page.getByLabel('Reģistrācijas numurs')).toBeVisible();
	await page.getByRole('radio', { name: 'Privātpersona' }).check();
	await expect(page.getByLabel('Reģistrācijas numurs')).toHaveCount(0);
	await page.getByLabel('Kontaktpersona').fill('Marta Kalniņa');
	await page.getByLabel('Tālrunis').fill('+371 29123456');
	await page.getByLabel('E-pasts').fill('marta@');
	await page.getByTestId('continue').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(
		summary.getByRole('link', {
			name: 'E-pasts: Ievadiet e-pasta adresi, piemēram, vards@example.lv.'
		})
	).toHaveAttribute('href', '#email');
	await expect(page.getByLabel('E-pasts')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);
	await page.getByTestId('language-switch').click();
	await expect(summary).toContainText(
		'Email: Enter an email address, for example name@example.com.'
	);
	await expect(page.getByTestId('email-error')).toHaveText(
		'Enter an email address, for example name@example.com.'
	);
	await page.getByTestId('language-switch').click();
	await page.getByLabel('E-pasts').fill('marta@example.lv');
	await continueTo(page, `${base}/permit`);

	await page.getByLabel('Kāda atļauja jums vajadzīga?').selectOption('temporary');
	await page.getByLabel('Pasākuma nosaukums').fill('Pilsētas svētki');
	await page.getByLabel('Reklāmas saturs').fill('Svētku programma un organizatora logotips');
	await continueTo(page, `${base}/location`);

	// A point outside Rīga (in Liepāja) is caught, with how to fix it.
	await page.getByLabel('Adrese').fill(street);
	await page.getByLabel(/Ģeogrāfiskais platums/).fill('56.5047');
	await page.getByLabel(/Ģeogrāfiskais garums/).fill('21.0108');
	await page.getByRole('radio', { name: 'Pārējā pilsēta' }).check();
	await page.getByTestId('nearMonument-group').getByRole('radio', { name: 'Nē' }).check();
	await page.getByTestId('continue').click();
	await expect(
		summary.getByRole('link', {
			name: /Vieta kartē: Atzīmētā vieta nav šīs pašvaldības teritorijā/
		})
	).toBeVisible();
	await page.getByTestId('language-switch').click();
	await expect(summary).toContainText('The marked place is not in this municipality');
	await page.getByTestId('language-switch').click();

	// The plain map (no tiles, offline) draws Rīga's outline; a tap inside it marks a place
	// there, and the coordinates follow.
	const map = page.getByTestId('point-map');
	await expect(map.getByTestId('point-map-marker')).toBeVisible();
	await map.scrollIntoViewIfNeeded();
	const outline = await map.locator('polygon').boundingBox();
	expect(outline).not.toBeNull();
	await page.mouse.click(outline!.x + outline!.width / 2, outline!.y + outline!.height / 2);
	const tappedLat = Number(await page.getByLabel(/Ģeogrāfiskais platums/).inputValue());
	const tappedLon = Number(await page.getByLabel(/Ģeogrāfiskais garums/).inputValue());
	expect(tappedLat).toBeGreaterThan(56.88);
	expect(tappedLat).toBeLessThan(57.08);
	expect(tappedLon).toBeGreaterThan(23.95);
	expect(tappedLon).toBeLessThan(24.3);
	await expectNoAxeViolations(page);

	await expectNoSidewaysScroll(page);
	await page.getByRole('button', { name: 'Izmantot manu atrašanās vietu' }).click();
	await expect(page.getByTestId('point-location-note')).toHaveText(
		'Atrašanās vieta noteikta ar precizitāti ±12 m.'
	);
	await expect(page.getByLabel(/Ģeogrāfiskais platums/)).toHaveValue('56.949600');

	// Half-way through the page, without network, a reload keeps everything.
	await page.reload();
	await expect(page.getByLabel('Adrese')).toHaveValue(street);
	await expect(page.getByLabel(/Ģeogrāfiskais platums/)).toHaveValue('56.9496');
	await expect(page.getByLabel(/Ģeogrāfiskais garums/)).toHaveValue('24.1052');
	await expect(page.getByRole('radio', { name: 'Pārējā pilsēta' })).toBeChecked();
	await continueTo(page, `${base}/size`);

	await page.getByLabel('Platums, m', { exact: true }).fill('2');
	await page.getByLabel('Augstums, m', { exact: true }).fill('1,5');
	await page.getByTestId('lighting-group').getByRole('radio', { name: 'Nē' }).check();
	await page.getByTestId('soundEffects-group').getByRole('radio', { name: 'Nē' }).check();
	await page.getByLabel('Izvietot no').fill('2099-06-01');
	await page.getByLabel('Izvietot līdz').fill('2099-12-31');
	await page.getByTestId('continue').click();
	await expect(page.getByTestId('dateTo-error')).toContainText(
		'Īslaicīgai reklāmai tik ilgs periods'
	);
	await page.getByLabel('Izvietot līdz').fill('2099-06-20');
	await continueTo(page, `${base}/documents`);

	// The sketch is kept on the device until the network is back; the owner's consent is
	// asked only when the applicant does not own the place.
	await page
		.locator('#design')
		.setInputFiles({ name: 'skice.pdf', mimeType: 'application/pdf', buffer: SKETCH });
	await expect(page.getByTestId('design-files')).toContainText('skice.pdf');
	await page.getByTestId('ownsProperty-group').getByRole('radio', { name: 'Nē' }).check();
	await expect(page.getByTestId('field-ownerConsent')).toBeVisible();
	await page.getByTestId('ownsProperty-group').getByRole('radio', { name: 'Jā' }).check();
	await expect(page.getByTestId('field-ownerConsent')).toHaveCount(0);
	await expectNoSidewaysScroll(page);
	await expectNoAxeViolations(page);
	await continueTo(page, `${base}/check`);

	await expect(page.getByTestId('answer-email')).toContainText('marta@example.lv');
	await expect(page.getByTestId('answer-permitKind')).toContainText('Īslaicīga (pasākuma) reklāma');
	await expect(page.getByTestId('answer-point')).toContainText('56.9496, 24.1052');
	await expect(page.getByTestId('answer-design')).toContainText('skice.pdf');
	await expect(page.getByTestId('answers-documents')).not.toContainText('Īpašnieka piekrišana');
	await expect(page.getByTestId('fee')).toBeVisible();
	await expect(page.getByTestId('fee-total')).toContainText('€');
	await expectNoSidewaysScroll(page);
	await expectNoAxeViolations(page);

	await page.goto(base);
	await expect(page.getByTestId('task-progress')).toHaveText('Pabeigtas 5 no 5 daļām.');
	await page.getByTestId('to-check').click();
	await page.getByTestId('submit-application').click();
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'queued');

	await goOnline(context);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/);
	await page.goto(`${base}/documents`);
	await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
		timeout: 30_000
	});

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	const row = officer.getByTestId('queue-row').filter({ hasText: street });
	await expect(row).toHaveCount(1);
	// The officer reads the answers step by step, as the applicant gave them.
	await row.getByRole('link').click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText(
		'Atļauja reklāmas vai izkārtnes izvietošanai'
	);
	await expect(officer.getByTestId('field-address')).toContainText(street);
	await expect(officer.getByTestId('field-email')).not.toBeEmpty();
	await officerContext.close();
});
