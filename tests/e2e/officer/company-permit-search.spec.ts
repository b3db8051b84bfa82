import { expect, test } from '@playwright/test';
import { signIn, uniqueChildName } from '../support/people';
import { submitTemporaryPermit } from '../support/permit';

// A company's signatory types the registration number as printed on invoices, the company's
// name in Latvian quotes; the server takes the number as the company's, and the officer
// finds the application by a word of the name, the quotes not glued to it.

function inDays(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a signatory applies with LV 4020 3123 456 for SIA “Demo Reklāma …”, and the officer finds it by Demo', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const tag = uniqueChildName('Zīme');
	// Sign in through the stand-in Latvija.lv as the demo company's signatory (PK:…-UR:40203123456).
	await page.goto('/login');
	await page.getByTestId('login-latvija').click();
	await page.getByTestId('idp-person-company-roberts').click();
	await expect(page.getByTestId('acting-for')).toContainText('40203123456');

	await submitTemporaryPermit(page, {
		contactName: 'Roberts Kalējs',
		email: 'roberts@example.lv',
		street: `${tag} iela 3, Rīga`,
		from: inDays(30),
		to: inDays(40),
		company: { name: `SIA “Demo Reklāma ${tag}”`, registrationNumber: 'LV 4020 3123 456' }
	});
	// Submitted, not refused as "not the company's signatory".
	await expect(page.getByText('permit.notCompanySignatory')).toHaveCount(0);

	const context = await browser.newContext();
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	const form = officer.getByRole('form', { name: 'Atlase' });
	await form.getByLabel(/^Meklēt/).fill(`Demo ${tag}`);
	await form.getByRole('button', { name: 'Atlasīt' }).click();
	const rows = officer.getByTestId('queue-row');
	await expect(rows).toHaveCount(1);
	// The same with the quotes typed, and by the number as officers write it.
	await officer.goto(`/office/riga?q=${encodeURIComponent(`„Demo“ “${tag}”`)}`);
	await expect(rows).toHaveCount(1);
	await officer.goto(`/office/riga?q=${encodeURIComponent(`40203123456 ${tag}`)}`);
	await expect(rows).toHaveCount(1);
	// Its page names, at the top, the signatory with their code and the company they applied for.
	await rows.first().getByRole('link').first().click();
	await expect(officer.getByTestId('office-applicant')).toHaveText('Roberts Kalējs');
	await expect(officer.getByTestId('office-applicant-code')).toHaveText('120581-12346');
	await expect(officer.getByTestId('office-applicant-company')).toHaveText(
		`SIA “Demo Reklāma ${tag}”, reģ. Nr. 40203123456`
	);
	await context.close();
});
