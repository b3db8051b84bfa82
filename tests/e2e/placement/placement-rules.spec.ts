import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

test('the municipal admin saves a priority rule set version; a group twice is refused at its field and nothing typed is lost', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga/placement?intake=preschool');
	const rules = page.getByTestId('placement-rules');
	await expect(page.getByTestId('placement-rules-in-force')).toContainText('noklusējums');
	const names = rules.getByLabel('Grupas nosaukums');
	// The default comes from Rīga's grounds: commission first, then the others.
	await expect(names.first()).toHaveValue('commission');
	const second = names.nth(1);
	const before = await second.inputValue();

	// The same name twice: refused, with the reason at the second group's name.
	await second.fill('commission');
	await rules.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
	const summary = rules.getByTestId('error-summary');
	await expect(summary).toContainText('Grupa ar šādu nosaukumu jau ir');
	await expect(second).toHaveAttribute('aria-invalid', 'true');
	await expect(second).toHaveValue('commission');
	await page.getByTestId('language-switch').click();
	await expect(summary).toContainText('A group with this name already exists');
	await page.getByTestId('language-switch').click();

	// Put right: a new version, in force from its day.
	await second.fill(before);
	await rules.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
	await expect(page.getByTestId('placement-rules-saved')).toContainText('versija 1');
	await page.reload();
	await expect(page.getByTestId('placement-rules-in-force')).toContainText('versija 1');
});
