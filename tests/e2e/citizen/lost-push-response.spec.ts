import { expect, test } from '@playwright/test';
import { enrolmentToCheck, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName } from '../support/people';

// The page talks to /trpc directly (the worker never handles the API), so blocking the
// worker keeps the routed request the page's own.
test.use({ serviceWorkers: 'block' });

test('a push whose response is lost after the server handled it gives exactly one application', async ({
	page,
	browser
}) => {
	const givenName = uniqueChildName('Roberts');
	let dropped = 0;
	await page.route('**/trpc/sync.push*', async (route) => {
		if (dropped === 0) {
			dropped += 1;
			// The server receives and commits the batch; the answer never arrives.
			await route.fetch();
			await route.abort('connectionreset');
			return;
		}
		await route.fallback();
	});

	await signIn(page, 'demo-citizen-janis');
	await page.goto('/riga');
	await enrolmentToCheck(page, { givenName, surname: 'Kalniņš', institutions: ['riga-zilite'] });
	await submitFromCheck(page);

	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'submitted', {
		timeout: 30_000
	});
	expect(dropped).toBe(1);

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	await expect(officer.getByTestId('queue-row').filter({ hasText: givenName })).toHaveCount(1);
	await officerContext.close();
});
