import { expect, test } from '@playwright/test';
import { enrolmentToCheck, preschoolChildCode, submitFromCheck } from '../support/enrolment';
import { fetchMessagesTo, messagesTo } from '../support/mail';
import { signIn, uniqueChildName } from '../support/people';

// The address the enrolment steps give as the applicant's (tests/e2e/support/enrolment.ts).
const CONTACT = 'vecaks@example.lv';

test('a citizen chooses one address for all notices on /account, and can go back to each application’s', async ({
	page
}) => {
	// Unique per run, so messages from earlier runs in the same sink do not count.
	const chosen = `visi-${Date.now().toString(36)}@example.lv`;
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/account');
	const section = page.getByTestId('notice-address');
	await expect(section.getByTestId('notice-address-now')).toHaveText(
		'Pašlaik: katra pieteikuma e-pasta adrese.'
	);

	// A half-typed address is refused at its field, in Latvian, and stays typed.
	await section.getByLabel('Visus paziņojumus uz vienu adresi').check();
	const field = section.getByLabel('E-pasta adrese visiem paziņojumiem');
	await expect(field).toHaveAttribute('maxlength', '254');
	await field.fill('roberts@');
	await section.getByTestId('save-notice-address').click();
	await expect(section.locator('#notice-email-error')).toHaveText(
		'Ievadiet e-pasta adresi, piemēram, vards@example.lv.'
	);
	await expect(field).toHaveValue('roberts@');
	await expect(field).toHaveAttribute('aria-invalid', 'true');

	await field.fill(chosen);
	await section.getByTestId('save-notice-address').click();
	await expect(section.getByRole('status')).toHaveText('Paziņojumu adrese saglabāta.');
	await expect(section.getByTestId('notice-address-now')).toHaveText(
		`Pašlaik: visi paziņojumi uz ${chosen}.`
	);

	// A submission's notice now goes to the chosen address, not to the application's contact.
	await page.goto('/riga');
	await enrolmentToCheck(page, {
		givenName: uniqueChildName('Rūta'),
		surname: 'Kalniņa',
		personalCode: preschoolChildCode(undefined, 461)
	});
	await submitFromCheck(page);
	await expect(page.getByTestId('registration-number')).toHaveText(/^RIGA-\d{4}-\d{6}$/, {
		timeout: 30_000
	});
	const ref = (await page.getByTestId('registration-number').textContent())?.trim() ?? '';
	const [mail] = await messagesTo(chosen, (m) => m.subject.includes(ref));
	expect(mail?.subject).toBe(`Rīga — Pieteikums izglītības iestādē: pieteikums ${ref} saņemts`);
	expect((await fetchMessagesTo(CONTACT)).filter((m) => m.subject.includes(ref))).toEqual([]);

	// Back to the default: each application's own contact.
	await page.goto('/account');
	await section.getByLabel('Uz e-pasta adresi, kas norādīta katrā pieteikumā').check();
	await section.getByTestId('save-notice-address').click();
	await expect(section.getByTestId('notice-address-now')).toHaveText(
		'Pašlaik: katra pieteikuma e-pasta adrese.'
	);
});
