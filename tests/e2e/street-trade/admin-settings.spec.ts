import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { signIn } from '../support/people';

// A municipality's street trade rules are data: Rīga's admin sees the demo zones with their
// daily duty in euro, a wrong value is explained at its field and kept as typed, and a
// change is saved (then put back, so the rest of the suite sees Rīga as seeded).

test('Rīga’s admin sets the street trade duty per zone and the trading hours on the settings page', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga/services?service=street-trade');
	const trade = page.getByTestId('service-street-trade');
	await expect(trade.getByLabel('Piedāvāt šo e-pakalpojumu')).toBeChecked();
	const zones = trade.getByRole('group', { name: 'Nodevas zonas' });
	const oldTown = zones.getByTestId('settings-row').first();
	await expect(oldTown.getByRole('textbox', { name: 'Nosaukums Latviski' })).toHaveValue('Vecrīga');
	const rate = oldTown.getByLabel('Nodeva par dienu, EUR');
	await expect(rate).toHaveValue('15');
	const hours = trade.getByRole('group', { name: 'Atļautais tirdzniecības laiks' });
	await expect(hours.getByLabel('Ne agrāk kā')).toHaveValue('08:00');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: '/work/shots/street-trade-admin.png', fullPage: true });

	await rate.fill('piecpadsmit');
	await trade.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(page.getByTestId('error-summary')).toContainText(
		'Nodevas zonas › 1. › Nodeva par dienu, EUR: Vērtība nav derīga.'
	);
	await expect(rate).toHaveValue('piecpadsmit');

	await rate.fill('17,50');
	await trade.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(trade.getByRole('status')).toContainText('Saglabāts');
	await page.reload();
	await expect(rate).toHaveValue('17.5');

	await rate.fill('15');
	await trade.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(trade.getByRole('status')).toContainText('Saglabāts');
});
