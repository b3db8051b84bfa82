import { expect, test, type Page } from '@playwright/test';
import { enrolmentToCheck, preschoolChildCode, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName } from '../support/people';

// Jānis signs in through the stand-in Latvija.lv with a power of attorney from Anna
// (`DP:<Anna>-PK:<Jānis>`); Anna signs in for herself on another device.
const ANNA_CODE = /150385-?12346/;

async function signInAt(page: Page, testPerson: string): Promise<void> {
	await page.goto('/login?returnTo=%2Fapplications');
	await page.getByTestId('login-latvija').click();
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/wsfed\?wa=wsignin1\.0&/);
	await page.getByTestId(`idp-person-${testPerson}`).click();
	await expect(page).toHaveURL(/localhost:\d+\/applications$/);
}

test('an application made under a power of attorney is the grantor’s; both see it, the delegate only while acting for her, and never sees her code', async ({
	browser,
	page
}) => {
	await signInAt(page, 'delegated-janis');
	await expect(page.getByTestId('signed-in-as')).toHaveText('Jānis Kalniņš');

	// The delegate's account page says whom they act for, without the grantor's code.
	await page.goto('/account');
	const current = page.getByTestId('session-row').filter({ hasText: 'Šī ierīce' });
	await expect(current).toContainText('citas personas vārdā (pilnvara)');
	// Not in what is shown, nor in the page's data (the HTML carries the load's result).
	expect(await page.locator('body').innerText()).not.toMatch(ANNA_CODE);
	expect(await page.content()).not.toMatch(ANNA_CODE);

	// The delegate applies.
	const givenName = uniqueChildName('Pilnvara');
	await page.goto('/riga');
	const { id } = await enrolmentToCheck(page, {
		givenName,
		surname: 'Bērziņa',
		personalCode: preschoolChildCode(undefined, 463)
	});
	await submitFromCheck(page);
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/, {
		timeout: 30_000
	});
	const ref = (await page.getByTestId('registration-number').textContent())?.trim() ?? '';
	await page.goto('/applications');
	await expect(page.getByTestId('my-application').filter({ hasText: ref })).toBeVisible();

	// The grantor, on her own device, has it among her applications.
	const annaContext = await browser.newContext();
	const anna = await annaContext.newPage();
	await signInAt(anna, 'citizen-anna');
	await expect(anna.getByTestId('signed-in-as')).toHaveText('Anna Bērziņa');
	await expect(anna.getByTestId('my-application').filter({ hasText: ref })).toBeVisible({
		timeout: 30_000
	});
	await annaContext.close();

	// Signed in for himself on the same device, Jānis no longer has it: he reaches Anna's
	// applications only while acting for her (docs/delegation.md).
	await page.getByRole('button', { name: 'Atslēgties' }).click();
	await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
	await signInAt(page, 'citizen-janis');
	await expect(page.getByTestId('signed-in-as')).toHaveText('Jānis Kalniņš');
	await expect(page.getByTestId('acting-for')).toHaveCount(0);
	await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'ok', {
		timeout: 30_000
	});
	await expect(page.getByTestId('my-application').filter({ hasText: ref })).toHaveCount(0);

	// Acting for her again, he has it again.
	await page.getByRole('button', { name: 'Atslēgties' }).click();
	await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
	await signInAt(page, 'delegated-janis');
	await expect(page.getByTestId('my-application').filter({ hasText: ref })).toBeVisible({
		timeout: 30_000
	});
	// The officer sees at the top who applied (the grantor, with her code) and who acted.
	const officerContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga/${id}`);
	await expect(officer.getByTestId('office-applicant')).toHaveText('Anna Bērziņa');
	await expect(officer.getByTestId('office-applicant-code')).toHaveText('150385-12346');
	await expect(officer.getByTestId('office-applicant-delegate')).toHaveText(
		'Jānis Kalniņš, personas kods 020790-12345'
	);
	await expect(officer.getByTestId('office-applicant-delegate')).toBeInViewport();
	await officerContext.close();
});
