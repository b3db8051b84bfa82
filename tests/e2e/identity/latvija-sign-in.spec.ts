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

test('an answer shaped as Latvija.lv sends it (bare code, earlier code repeated) signs in', async ({
	page
}) => {
	await atProvider(page, '/applications');
	await page.getByTestId('idp-person-citizen-edite').click();
	await expect(page).toHaveURL(/localhost:\d+\/applications$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Edīte Lapiņa');
});

/** Posts a sign-in answer as a page on another site would: a form that submits itself. */
async function postFromElsewhere(
	page: Page,
	answer: { action: string; fields: Record<string, string> }
): Promise<void> {
	const inputs = Object.entries(answer.fields)
		.map(([name, value]) => {
			const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
			return `<input type="hidden" name="${name}" value="${escaped}">`;
		})
		.join('');
	await page.setContent(`<form method="post" action="${answer.action}">${inputs}</form>`);
	await page.locator('form').evaluate((form: HTMLFormElement) => form.submit());
}

test('an answer obtained in one browser is refused in another (login CSRF)', async ({
	page,
	browser
}) => {
	// The attacker signs in at the provider in their own browser and keeps the answer.
	let answer: { action: string; fields: Record<string, string> } | null = null;
	await page.route('**/auth/latvija/return', async (route) => {
		const request = route.request();
		answer = {
			action: request.url(),
			fields: Object.fromEntries(new URLSearchParams(request.postData() ?? ''))
		};
		await route.abort();
	});
	await atProvider(page, '/applications');
	await page.getByTestId('idp-person-citizen-janis').click();
	await expect.poll(() => answer).not.toBeNull();
	const stolen = answer as unknown as { action: string; fields: Record<string, string> };

	// The victim's browser, which has even started a sign-in of its own, is made to post it.
	const victimContext = await browser.newContext();
	const victim = await victimContext.newPage();
	await atProvider(victim);
	await postFromElsewhere(victim, stolen);
	await expect(victim).toHaveURL(/\/login\?error=expired$/);
	await expect(victim.getByTestId('login-error')).toBeVisible();
	await expect(victim.getByTestId('signed-in-as')).toHaveCount(0);
	await victimContext.close();

	// The refused answer is used up (its id was claimed first); the attacker's own browser
	// cannot use it either, but signing in there afresh works as always.
	await page.unroute('**/auth/latvija/return');
	await postFromElsewhere(page, stolen);
	await expect(page).toHaveURL(/\/login\?error=replayed/);
	await atProvider(page, '/applications');
	await page.getByTestId('idp-person-citizen-janis').click();
	await expect(page).toHaveURL(/localhost:\d+\/applications$/);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Jānis Kalniņš');
});

test('a returnTo that is not a plain path on this site never gives an error page', async ({
	page
}) => {
	const responses: number[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.startsWith('/auth/latvija/')) {
			responses.push(response.status());
		}
	});
	// As the report had it: straight to the start, the ideographic full stop percent-encoded.
	await page.goto('/auth/latvija/start?returnTo=/%E3%80%82evil.example');
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/wsfed\?/);
	await page.getByTestId('idp-person-citizen-liga').click();
	await expect(page.getByTestId('signed-in-as')).toHaveText('Līga Ozola');
	expect(page.url()).toMatch(/^http:\/\/localhost:\d+\//);
	expect(responses.length).toBeGreaterThan(0);
	expect(responses.every((status) => status < 500)).toBe(true);
});

test('an answer whose signature covers a SHA-1 digest is refused', async ({ page }) => {
	await atProvider(page, '/applications');
	// The stand-in's test-only variant: an RSA-SHA256 signature over a SHA-1 digest.
	await page.goto(`${page.url()}&variant=sha1-digest`);
	await page.getByTestId('idp-person-citizen-anna').click();
	await expect(page).toHaveURL(/\/login\?error=invalid&returnTo=%2Fapplications$/);
	await expect(page.getByTestId('login-error')).toBeVisible();
	await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
});
