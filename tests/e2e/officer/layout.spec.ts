import { expect, test, type Page } from '@playwright/test';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
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
	await enrolmentToCheck(page, { givenName: uniqueChildName('Laura') });
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
	await row.getByRole('link').click();
	await expect(officer.getByTestId('office-workflow')).toBeVisible();
	expect((await box(officer, 'main')).width).toBeGreaterThanOrEqual(1100);
	await shot(officer, 'office-application');
	await context.close();
});
