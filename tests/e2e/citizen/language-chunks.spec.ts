import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../support/people';

/**
 * The catalogue's chunks (decision 0018): English and the staff texts load on demand, and a
 * person never sees a key or the other language while they arrive.
 */

/** Records every text the page ever showed in its main heading, from before the app runs. */
async function recordHeadings(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
		new MutationObserver(() => {
			const text = document.querySelector('h1')?.textContent?.trim();
			if (text && seen.at(-1) !== text) {
				seen.push(text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
}

const seenHeadings = (page: Page) =>
	page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);

test('a saved English is there on the first render, with no Latvian or key before it', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izvēlieties pašvaldību');
	await page.evaluate(() => localStorage.setItem('kopa.lang', 'en'));
	await recordHeadings(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a municipality');
	expect(await seenHeadings(page)).toEqual(['Choose a municipality']);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	// And back: the switch loads nothing new for Latvian, which is always there.
	await page.getByTestId('language-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izvēlieties pašvaldību');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izvēlieties pašvaldību');
});

test("a citizen's pages load no staff texts", async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.js')) {
			scripts.push(request.url());
		}
	});
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izvēlieties pašvaldību');
	await expect(page.getByRole('link', { name: 'Mani pieteikumi' })).toBeVisible();
	const loaded = await Promise.all(
		[...new Set(scripts)].map(async (url) => ({
			url,
			body: await page.request.get(url).then((r) => r.text())
		}))
	);
	// A staff-only text (the inspection office's heading) was in no script the citizen loaded.
	const withStaffTexts = loaded.filter(({ body }) => body.includes('inspectionOffice.heading'));
	expect(withStaffTexts.map(({ url }) => url)).toEqual([]);
	expect(loaded.length).toBeGreaterThan(5);
});

test('an inspector on the home page gets the staff texts: the link reads as words', async ({
	page
}) => {
	await signIn(page, 'demo-inspector-riga');
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Manas pārbaudes' })).toBeVisible();
	await expect(page.getByText('inspectionList.nav')).toHaveCount(0);
	await page.getByRole('link', { name: 'Manas pārbaudes' }).click();
	await expect(page.getByText(/inspectionList\./)).toHaveCount(0);
});
