import { expect, type Page } from '@playwright/test';

/** Signs in through the demo sign-in page, as a person would. */
export async function signIn(page: Page, personId: string, base = ''): Promise<void> {
	await page.goto(`${base}/login`);
	await page.getByTestId(`login-${personId}`).click();
	await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

/** Waits until the service worker controls the page and has precached the app shell. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
		await page.reload();
	}
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** A child's name no other test uses, so counts in shared queues stay exact. */
export function uniqueChildName(prefix: string): string {
	return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
		.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')
		.replace(/^./, (c) => c.toUpperCase());
}
