import { expect, test, type Page } from '@playwright/test';

// After signing in through Latvija.lv (the stand-in), each role lands where its work is, and
// "Pieslēgties" anywhere brings the person back to where they were.

async function signInAt(page: Page, start: string, person: string): Promise<void> {
	await page.goto(start);
	await page.getByTestId('login-latvija').click();
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/wsfed\?/);
	await page.getByTestId(`idp-person-${person}`).click();
}

for (const [person, name, landing] of [
	['admin-riga', 'Sandra Kļaviņa', /\/admin\/riga$/],
	['inspector-riga', 'Oskars Briedis', /\/inspections$/],
	['operator', 'Māris Dārziņš', /\/platform$/]
] as const) {
	test(`${person} lands where their work is`, async ({ page }) => {
		await signInAt(page, '/login', person);
		await expect(page).toHaveURL(landing);
		await expect(page.getByTestId('signed-in-as')).toHaveText(name);
		await expect(page.getByText('Jums nav darbinieka lomas')).toHaveCount(0);
	});
}

test('"Pieslēgties" on a service card comes back to the municipality page', async ({ page }) => {
	await page.goto('/riga');
	const signIn = page.locator('.card-list').getByRole('link', { name: 'Pieslēgties' }).first();
	await expect(signIn).toBeVisible();
	await signIn.click();
	await expect(page).toHaveURL(/\/login\?returnTo=%2Friga$/);
	await page.getByTestId('login-latvija').click();
	await page.getByTestId('idp-person-citizen-anna').click();
	await expect(page).toHaveURL(/localhost:\d+\/riga$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
});

test('the demo sign-in also returns where the person was, or lands by role', async ({ page }) => {
	await page.goto('/login?returnTo=%2Friga');
	await page.getByTestId('login-demo-citizen-anna').click();
	await expect(page).toHaveURL(/localhost:\d+\/riga$/);
	await page.context().clearCookies();
	await page.goto('/login');
	await page.getByTestId('login-demo-admin-riga').click();
	await expect(page).toHaveURL(/\/admin\/riga$/);
});

test('"Pieslēgties" in the header comes back to the page the person was on, query and all', async ({
	page
}) => {
	await page.goto('/riga?from=header');
	const signIn = page.locator('header').getByRole('link', { name: 'Pieslēgties' });
	await expect(signIn).toBeVisible();
	await signIn.click();
	await expect(page).toHaveURL(/\/login\?returnTo=%2Friga%3Ffrom%3Dheader$/);
	await page.getByTestId('login-latvija').click();
	await page.getByTestId('idp-person-citizen-anna').click();
	await expect(page).toHaveURL(/localhost:\d+\/riga\?from=header$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
});
