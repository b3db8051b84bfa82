import { expect, test } from '@playwright/test';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// Decision 0009: the officer's application page shows what its load read on the server and
// reads it again after a step; the browser does not fetch the same data a second time.
const READS = /\/trpc\/applications\.(state|timeline|decision|conflicts)\b/;

test('the officer’s page shows its load data and refreshes it after a step, with no second fetch from the browser', async ({
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const { id } = await enrolmentToCheck(page, { givenName: uniqueChildName('Linda') });
	await submitFromCheck(page);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	const reads: string[] = [];
	officer.on('request', (request) => {
		if (READS.test(request.url())) {
			reads.push(request.url());
		}
	});
	await officer.goto(`/office/riga/${id}`);
	const panel = officer.getByTestId('office-workflow');
	await expect(panel.getByTestId('workflow-status')).toHaveText('Iesniegts');
	await expect(panel.getByTestId('timeline-entry')).toHaveCount(1);

	await panel.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
	await expect(panel.getByTestId('workflow-status')).toHaveText('Tiek izskatīts');
	await expect(panel.getByTestId('timeline-entry')).toHaveCount(2);
	await expect(panel.getByTestId('workflow-done')).toBeVisible();
	expect(reads).toEqual([]);
	await officerContext.close();
});
