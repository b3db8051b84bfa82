import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { enrolmentToCheck, preschoolChildCode, submitFromCheck } from '../support/enrolment';
import { fetchMessagesTo, messagesTo } from '../support/mail';
import { signIn, uniqueChildName } from '../support/people';

// The address the enrolment steps give as the applicant's (tests/e2e/support/enrolment.ts).
const CONTACT = 'vecaks@example.lv';

test('a submission is emailed in Latvian to the address given and shows as a notice', async ({
	page
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await enrolmentToCheck(page, {
		givenName: uniqueChildName('Ilze'),
		surname: 'Ozoliņa',
		personalCode: preschoolChildCode(undefined, 457)
	});
	await submitFromCheck(page);
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/, {
		timeout: 30_000
	});
	const ref = (await page.getByTestId('registration-number').textContent())?.trim() ?? '';

	// The sink got exactly one email about it: Latvian, diacritics intact, the link to it.
	const [mail] = await messagesTo(CONTACT, (m) => m.subject.includes(ref));
	expect(mail?.subject).toBe(`Rīga — Pieteikums izglītības iestādē: pieteikums ${ref} saņemts`);
	expect(mail?.text).toContain(ref);
	expect(mail?.text).toMatch(/[āčēģīķļņšūž]/);
	expect(mail?.headers['auto-submitted']).toBe('auto-generated');
	const sameRef = (await fetchMessagesTo(CONTACT)).filter((m) => m.subject.includes(ref));
	expect(sameRef).toHaveLength(1);

	// In the app: the header counts it, the notices page lists it, opening it reads it.
	await page.goto('/applications');
	await expect(page.getByTestId('notices-unread')).toBeVisible();
	await page.getByTestId('notices-link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Paziņojumi' })).toBeVisible();
	const notice = page.getByTestId('notice').filter({ hasText: ref });
	await expect(notice).toContainText(`Pieteikums ${ref} saņemts`);
	await expect(notice).toContainText('Jauns');
	await expectNoAxeViolations(page);

	await notice.getByRole('link').click();
	await expect(page).toHaveURL(/\/riga\/education-enrolment\/[0-9a-f-]+$/);
	await page.goto('/notices');
	await expect(page.getByTestId('notice').filter({ hasText: ref })).not.toContainText('Jauns');

	// In English, the same notice reads in English.
	await page.getByTestId('language-switch').click();
	await expect(page.getByTestId('notice').filter({ hasText: ref })).toContainText(
		`Application ${ref} received`
	);
	await page.getByTestId('language-switch').click();
});
