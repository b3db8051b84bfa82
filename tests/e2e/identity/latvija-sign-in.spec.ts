import { expect, test, type Page } from '@playwright/test';

// Sign-in over the Latvija.lv protocol against the stand-in identity provider, a process of
// its own on another site (127.0.0.1) than the app (localhost): the signed answer comes back
// as a cross-site form POST, exactly as from Latvija.lv.

async function atProvider(page: Page, returnTo?: string): Promise<void> {
	await page.goto(returnTo ? `/login?returnTo=${encodeURIComponent(returnTo)}` : '/login');
	await page.getByTestId('login-latvija').click();
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/wsfed\?wa=wsignin1\.0&/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
}

test('a resident signs in through Latvija.lv and is back where they were going', async ({
	page
}) => {
	await atProvider(page, '/applications');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Latvija.lv');
	await page.getByTestId('idp-person-citizen-anna').click();
	await expect(page).toHaveURL(/localhost:\d+\/applications$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
	await expect(page.getByTestId('acting-for')).toHaveCount(0);
});

test('a company signatory signs in and the app shows it acts for the company', async ({ page }) => {
	await atProvider(page);
	await page.getByTestId('idp-person-company-roberts').click();
	await expect(page.getByTestId('signed-in-as')).toHaveText('Roberts Kalējs');
	await expect(page.getByTestId('acting-for')).toContainText('40203123456');
});

test('an officer signs in and lands in the office', async ({ page }) => {
	await atProvider(page);
	await page.getByTestId('idp-person-officer-riga').click();
	await expect(page).toHaveURL(/\/office\/riga$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Ilze Krūmiņa');
	await expect(page.getByRole('heading', { name: 'Iesniegtie pieteikumi' })).toBeVisible();
});

test('Cancel at the provider: the sign-in page says so and offers to try again', async ({
	page
}) => {
	await atProvider(page, '/applications');
	await page.getByTestId('idp-cancel').click();
	await expect(page).toHaveURL(/\/login\?error=cancelled&returnTo=%2Fapplications$/);
	const notice = page.getByTestId('login-error');
	await expect(notice).toContainText('Jūs atcēlāt pieslēgšanos Latvija.lv');
	await expect(notice).toContainText('nav pazudis');
	await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
	const retry = page.getByTestId('login-latvija');
	await expect(retry).toHaveText('Mēģināt vēlreiz');
	// Trying again works, and still goes back to where the person was going.
	await retry.click();
	await page.getByTestId('idp-person-citizen-liga').click();
	await expect(page).toHaveURL(/\/applications$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Līga Ozola');
});

test('the same signed answer posted a second time is refused as replayed', async ({ page }) => {
	await atProvider(page);
	// Keep the answer page's form, as someone who copied it would.
	let answer: { action: string; fields: Record<string, string> } | null = null;
	page.on('request', (request) => {
		if (request.method() === 'POST' && request.url().endsWith('/auth/latvija/return')) {
			answer = {
				action: request.url(),
				fields: Object.fromEntries(new URLSearchParams(request.postData() ?? ''))
			};
		}
	});
	await page.getByTestId('idp-person-citizen-janis').click();
	await expect(page.getByTestId('signed-in-as')).toHaveText('Jānis Kalniņš');
	expect(answer).not.toBeNull();
	const replay = await page.context().request.post(answer!.action, {
		form: answer!.fields,
		maxRedirects: 0
	});
	expect(replay.status()).toBe(303);
	expect(replay.headers()['location']).toBe('/login?error=replayed');
});
