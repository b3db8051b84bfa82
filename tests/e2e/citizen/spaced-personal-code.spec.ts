import { expect, test } from '@playwright/test';
import { enrolmentToCheck, preschoolChildCode, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// People copy personal codes from documents with spaces. Typed so, the code is accepted,
// the enrolment is submitted, and the officer finds it by the code as officers write it.

test('a child’s personal code typed with spaces is accepted, and the officer finds it as DDMMYY-NNNNN', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const serial = 200 + Math.floor(Math.random() * 700);
	const code = preschoolChildCode(undefined, serial); // DDMMYY-NNNNN
	const digits = code.replace('-', '');
	const spaced = `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
	const surname = uniqueChildName('Atstarpe');

	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await enrolmentToCheck(page, { givenName: 'Ilze', surname, personalCode: spaced });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const context = await browser.newContext();
	const officer = await context.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto(`/office/riga?q=${encodeURIComponent(`${code} ${surname}`)}`);
	const rows = officer.getByTestId('queue-row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(surname);
	await context.close();
});
