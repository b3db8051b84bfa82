import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

test('an officer cannot open another municipality’s queue', async ({ page }) => {
	await signIn(page, 'demo-officer-liepaja');
	await page.goto('/office');
	await expect(page).toHaveURL(/\/office\/liepaja$/);
	await expect(page.getByRole('heading', { name: 'Iesniegtie pieteikumi' })).toBeVisible();

	await page.goto('/office/riga');
	await expect(page.getByRole('heading', { name: 'Piekļuve liegta' })).toBeVisible();
	await expect(page.getByTestId('office-queue')).toBeHidden();
});

test('a citizen is sent to sign in from the staff workspace when signed out', async ({ page }) => {
	await page.goto('/office/riga');
	await expect(page).toHaveURL(/\/login$/);
});
