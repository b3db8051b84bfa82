import { expect, test, type Page } from '@playwright/test';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { submitTemporaryPermit } from '../support/permit';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
// Screenshots to look at (not compared): the layouts of issue 13 item 12.
const shot = (page: Page, name: string) =>
	page.screenshot({ path: `test-results/layout/${name}.png`, fullPage: false });

async function box(page: Page, selector: string) {
	const found = await page.locator(selector).first().boundingBox();
	if (!found) {
		throw new Error(`${selector} has no box`);
	}
	return found;
}

test('a phone keeps the header short: at most 120 px of an 844 px screen', async ({ browser }) => {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await signIn(page, 'demo-officer-riga');
	await page.goto('/riga');
	await expect(page.getByTestId('signed-in-as')).toBeVisible();
	expect((await box(page, 'header')).height).toBeLessThanOrEqual(120);
	// Every link is still there, in one row that scrolls sideways; the page does not.
	await expect(page.getByRole('link', { name: 'Darbinieka darba vieta' })).toBeAttached();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
	await shot(page, 'phone-header');
	await context.close();
});

test('the officer’s pages use a 1366 px screen: a wide column, queue dates on one line', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName: uniqueChildName('Laura') });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const context = await browser.newContext({ viewport: DESKTOP });
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	const row = officer.getByTestId('queue-row').first();
	await expect(row).toBeVisible();
	expect((await box(officer, 'main')).width).toBeGreaterThanOrEqual(1100);
	// A date cell is one line high, like the registration number beside it.
	const lineHeight = (await row.locator('td').nth(2).boundingBox())?.height ?? 0;
	for (const cell of await row.locator('td.day').all()) {
		expect((await cell.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(lineHeight + 1);
	}
	await shot(officer, 'office-queue');
	await officer.goto(`/office/riga/${id}`);
	await expect(officer.getByTestId('office-workflow')).toBeVisible();
	expect((await box(officer, 'main')).width).toBeGreaterThanOrEqual(1100);
	// Who applied is in the page's head, not only in the history: name and personal code, in
	// view as the page opens.
	await expect(officer.getByTestId('office-applicant')).toHaveText('Anna Bērziņa');
	await expect(officer.getByTestId('office-applicant-code')).toHaveText('150385-12346');
	await expect(officer.getByTestId('office-applicant')).toBeInViewport();
	await expect(officer.getByTestId('office-applicant-code')).toBeInViewport();
	await expect(officer.getByTestId('office-applicant-delegate')).toHaveCount(0);
	// The processing and the answers sit side by side.
	const work = await box(officer, '[data-testid="office-workflow"]');
	const answers = await box(officer, '[data-testid="field-childGivenName"]');
	expect(answers.x).toBeGreaterThan(work.x + work.width);
	await shot(officer, 'office-application');
	await context.close();
});

test('an advertising permit’s page shows the place on a map, in LKS-92, and the fee', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	await waitForServiceWorker(page);
	const year = new Date().getFullYear() + 1;
	const base = await submitTemporaryPermit(page, {
		contactName: 'Anna Bērziņa',
		email: `anna.${Date.now()}@example.lv`,
		street: 'Brīvības iela 40, Rīga',
		from: `${year}-06-01`,
		to: `${year}-06-20`
	});
	const id = base.split('/').pop() ?? '';

	const context = await browser.newContext({ viewport: DESKTOP });
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${id}`);
	const place = officer.getByTestId('field-point');
	await expect(place.getByTestId('point-lks92')).toContainText(/X \d{6},\d{2}; Y \d{6},\d{2}/);
	await expect(place.getByTestId('office-point-map-marker')).toBeVisible();
	expect((await box(officer, '[data-testid="office-point-map"]')).width).toBeGreaterThanOrEqual(
		300
	);
	await expect(officer.getByTestId('fee')).toContainText('€');
	await place.scrollIntoViewIfNeeded();
	await shot(officer, 'office-permit');
	await context.close();
});

test('the admin’s services page is one e-service at a time, with its contents beside the form', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: DESKTOP });
	const admin = await context.newPage();
	await signIn(admin, 'demo-admin-riga');
	await admin.goto('/admin/riga/services');
	await expect(admin.getByTestId('service-education-enrolment')).toBeVisible();
	await expect(admin.getByTestId('service-advertising-permit')).toHaveCount(0);
	const contents = admin.getByTestId('settings-contents');
	await expect(contents.getByRole('link').first()).toBeVisible();
	const tall = await admin.evaluate(() => document.documentElement.scrollHeight);
	test.info().annotations.push({ type: 'enrolment settings height', description: String(tall) });
	// A contents link takes the admin to its group far down, the contents still in view.
	await contents.getByRole('link').last().click();
	await expect(contents).toBeInViewport();
	await shot(admin, 'admin-services');

	await admin.getByTestId('settings-tab-advertising-permit').click();
	await expect(admin).toHaveURL(/service=advertising-permit/);
	await expect(admin.getByTestId('service-advertising-permit')).toBeVisible();
	await expect(admin.getByTestId('service-education-enrolment')).toHaveCount(0);
	await context.close();
});
