import { expect, test } from '@playwright/test';
import { signIn, uniqueChildName } from '../support/people';

// A right-to-left override would show officers and parents a name other than the one stored
// ("Skola ‮abc" displays reversed): refused at the field, in Latvian, the typed text kept.

test('an institution’s name with a right-to-left override is refused at its field; without it, saved', async ({
	page
}) => {
	const name = `${uniqueChildName('Pirmsskola')} „Saulīte“`;
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga/institutions');
	const form = page.getByTestId('add-institution');
	await form.getByLabel('Nosaukums latviski').fill(`${name} \u202Eetilua`);
	await form.getByLabel('Nosaukums angliski').fill('Preschool Saulite');
	await form.getByLabel('Adrese').fill('Saules iela 1, Rīga');
	await form.getByRole('button', { name: 'Pievienot iestādi' }).click();
	await expect(page.locator('#new-nameLv-error')).toHaveText(
		'Tekstā ir neredzamas vadības rakstzīmes (piemēram, teksta virziena maiņa). Izdzēsiet tās un ierakstiet tekstu vēlreiz.'
	);
	await expect(form.getByLabel('Nosaukums latviski')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('Adrese')).toHaveValue('Saules iela 1, Rīga');

	await form.getByLabel('Nosaukums latviski').fill(name);
	await form.getByRole('button', { name: 'Pievienot iestādi' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saglabāts.' })).toBeVisible();
	await expect(page.getByTestId('institution-list')).toContainText(name);
});
