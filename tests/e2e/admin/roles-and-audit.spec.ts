import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

// A new-form personal code (32…) nobody else in the suite uses.
const NEW_CODE = `32${String(Date.now()).slice(-4)}-${String(Date.now()).slice(-5)}`;

test('a municipal admin gives a role, sees it audited, and revokes it; a bad code loses nothing', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.getByRole('link', { name: 'Administrēšana' }).click();
	await expect(page).toHaveURL(/\/admin\/riga$/);
	await expect(page.getByRole('heading', { name: 'Darbinieki un lomas' })).toBeVisible();

	const form = page.getByTestId('grant-form');
	await form.getByLabel('Personas kods').fill('010190-12344');
	await form.getByLabel('Vārds', { exact: true }).fill('Ilze');
	await form.getByLabel('Uzvārds', { exact: true }).fill('Kalniņa');
	await form.getByLabel('Loma', { exact: true }).selectOption('inspector');
	await form.getByRole('button', { name: 'Piešķirt lomu' }).click();

	// Refused beside the field and in the summary; what was typed is still there.
	await expect(page.getByTestId('error-summary')).toContainText('Personas kods');
	await expect(form.getByLabel('Personas kods')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('Vārds', { exact: true })).toHaveValue('Ilze');
	await expect(form.getByLabel('Uzvārds', { exact: true })).toHaveValue('Kalniņa');

	await form.getByLabel('Personas kods').fill(NEW_CODE);
	await form.getByRole('button', { name: 'Piešķirt lomu' }).click();
	await expect(page.locator('main').getByRole('status')).toContainText('Saglabāts');
	const row = page.getByTestId('staff-row').filter({ hasText: 'Ilze Kalniņa' });
	await expect(row).toContainText(/inspektors/i);

	await page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
	await page.getByLabel('Darbība').selectOption('role.grant');
	await page.getByRole('button', { name: 'Atlasīt' }).click();
	await expect(page).toHaveURL(/action=role\.grant/);
	await expect(page.getByTestId('audit-row').first()).toContainText('Piešķīra lomu');
	await expect(page.getByTestId('audit-row').first()).toContainText(/inspektors/i);

	await page.getByRole('link', { name: 'Darbinieki un lomas' }).click();
	await row.getByRole('button', { name: /Atsaukt lomu: Ilze Kalniņa/ }).click();
	await expect(row).toHaveCount(0);
});

test('an officer has no way into the admin pages', async ({ page }) => {
	await signIn(page, 'demo-officer-riga');
	await expect(page.getByRole('link', { name: 'Administrēšana' })).toHaveCount(0);
	await page.goto('/admin/riga');
	await expect(page.getByRole('heading', { name: 'Piekļuve liegta' })).toBeVisible();
	await expect(page.getByTestId('staff-table')).toHaveCount(0);
});

test('an admin cannot give themself a role; a grant signs the grantee out, so their next session is staff', async ({
	page,
	browser
}) => {
	// Edīte (a stand-in person only the identity specs use) is signed in as a resident.
	const citizenContext = await browser.newContext();
	const citizen = await citizenContext.newPage();
	await citizen.goto('/login?returnTo=%2Fapplications');
	await citizen.getByTestId('login-latvija').click();
	await citizen.getByTestId('idp-person-citizen-edite').click();
	await expect(citizen.getByTestId('signed-in-as')).toHaveText('Edīte Lapiņa');

	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga');
	const form = page.getByTestId('grant-form');
	const grant = async (code: string, givenName: string, surname: string) => {
		await form.getByLabel('Personas kods').fill(code);
		await form.getByLabel('Vārds', { exact: true }).fill(givenName);
		await form.getByLabel('Uzvārds', { exact: true }).fill(surname);
		await form.getByLabel('Loma', { exact: true }).selectOption('inspector');
		await form.getByRole('button', { name: 'Piešķirt lomu' }).click();
	};

	// Their own code: refused beside the field, in Latvian, with what was typed kept.
	await grant('329876-54321', 'Sandra', 'Kļaviņa');
	await expect(page.getByTestId('error-summary')).toContainText('Sev lomu piešķirt nevar');
	await expect(form.getByLabel('Personas kods')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('Personas kods')).toHaveValue('329876-54321');
	await expect(page.getByTestId('staff-row').filter({ hasText: 'Sandra Kļaviņa' })).toHaveCount(1);

	await grant('321122-33445', 'Edīte', 'Lapiņa');
	await expect(page.locator('main').getByRole('status')).toContainText('Saglabāts');

	// Edīte's resident session has ended; signing in again gives a staff session.
	// (The device keeps her data and says the session ended; see SyncBadge.)
	await citizen.reload();
	await expect(citizen.getByTestId('sign-in-again')).toBeVisible();
	await citizen.goto('/login');
	await citizen.getByTestId('login-latvija').click();
	await citizen.getByTestId('idp-person-citizen-edite').click();
	await expect(citizen).toHaveURL(/\/inspections$/);
	await citizenContext.close();

	// Put things back for other specs.
	const row = page.getByTestId('staff-row').filter({ hasText: 'Edīte Lapiņa' });
	await row.getByRole('button', { name: /Atsaukt lomu: Edīte Lapiņa/ }).click();
	await expect(row).toHaveCount(0);
});
