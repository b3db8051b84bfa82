import { expect, test } from '@playwright/test';
import { signIn } from '../support/people';

test('the municipal admin edits placement settings; an inconsistent set is refused at its field and nothing typed is lost', async ({
	page
}) => {
	await signIn(page, 'demo-admin-riga');
	await page.goto('/admin/riga');
	await page.getByTestId('placement-settings-link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietu sadales iestatījumi');
	const form = page.getByTestId('placement-settings');
	await expect(form.getByLabel('Tiesiskais pamats')).not.toHaveValue('');

	// A reminder on the deadline day itself: refused, with the reason at the reminder.
	const days = form.getByLabel('Atbildes termiņš, dienās');
	const reminder = form.getByLabel('Atgādinājums pirms termiņa, dienās');
	await days.fill('3');
	await reminder.fill('3');
	await form.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toContainText('Atgādinājumam jābūt pirms atbildes termiņa');
	await expect(reminder).toHaveAttribute('aria-invalid', 'true');
	await expect(days).toHaveValue('3');
	await expect(reminder).toHaveValue('3');

	await page.getByTestId('language-switch').click();
	await expect(summary).toContainText('The reminder must come before the deadline');
	await page.getByTestId('language-switch').click();

	// Put right: saved.
	await reminder.fill('1');
	await form.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
	await expect(page.getByTestId('placement-settings-saved')).toBeVisible();
	await expect(summary).toHaveCount(0);
	await page.reload();
	await expect(form.getByLabel('Atbildes termiņš, dienās')).toHaveValue('3');
});
