import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { completeFromChild, startEnrolmentAtChild, submitFromCheck } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

async function startDraft(page: Page, givenName: string, status: string | RegExp = 'device') {
	await page.goto('/riga');
	await startEnrolmentAtChild(page);
	await page.getByLabel('Bērna vārds').fill(givenName);
	await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', status);
}

test('two tabs editing offline send through one push stream, and nothing twice', async ({
	context,
	page,
	browser
}) => {
	await signIn(page, 'demo-citizen-liga');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const second = await context.newPage();
	await second.goto('/riga');

	let inFlight = 0;
	let maxInFlight = 0;
	let pushes = 0;
	await context.route('**/trpc/sync.push*', async (route) => {
		inFlight += 1;
		pushes += 1;
		maxInFlight = Math.max(maxInFlight, inFlight);
		try {
			// Slow answers, so that two runners would overlap if both were allowed.
			const response = await route.fetch();
			await new Promise((resolve) => setTimeout(resolve, 300));
			await route.fulfill({ response });
		} finally {
			inFlight -= 1;
		}
	});

	await goOffline(context);
	const names = [uniqueChildName('Pirma'), uniqueChildName('Otra')];
	await startDraft(page, names[0] ?? '');
	await startDraft(second, names[1] ?? '');

	await goOnline(context);
	for (const tab of [page, second]) {
		await expect(tab.getByTestId('application-status')).toHaveAttribute('data-status', 'server', {
			timeout: 30_000
		});
	}
	expect(pushes).toBeGreaterThan(0);
	expect(maxInFlight).toBe(1);

	// Mutation ids came from one gap-free counter shared by both tabs.
	const ids = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('kopa-demo-citizen-liga');
				open.onsuccess = () => {
					const get = open.result.transaction('meta').objectStore('meta').get('lastMutationId');
					get.onsuccess = () => resolve((get.result as { value: number }).value);
				};
			})
	);
	expect(ids).toBeGreaterThanOrEqual(4);

	// Each draft exists once on the server: submit both and let the officer count them.
	for (const tab of [page, second]) {
		const givenName = await tab.getByLabel('Bērna vārds').inputValue();
		await completeFromChild(tab, { givenName, surname: 'Ozola' });
		await submitFromCheck(tab);
		await expect(tab.getByTestId('application-status')).toHaveAttribute(
			'data-status',
			'submitted',
			{ timeout: 30_000 }
		);
	}
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	await officer.goto('/office/riga');
	for (const name of names) {
		await expect(officer.getByTestId('queue-row').filter({ hasText: name })).toHaveCount(1);
	}
	await officerContext.close();
});

test('when the tab that is sending closes, another tab takes over', async ({ context, page }) => {
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const other = await context.newPage();
	await other.goto('/riga');

	// The first push from the first tab never gets an answer: that tab holds the sync lock.
	let held = false;
	await page.route('**/trpc/sync.push*', async (route) => {
		if (!held) {
			held = true;
			await new Promise(() => undefined);
		}
		await route.fallback();
	});
	const heldName = uniqueChildName('Turētā');
	// Online, so it is being sent (and stays so: the answer never comes).
	await startDraft(page, heldName, /device|sending/);
	await expect.poll(() => held).toBe(true);

	await goOffline(context);
	const givenName = uniqueChildName('Pārņemtā');
	await startDraft(other, givenName);
	await goOnline(context);
	// While the first tab holds the lock, the other cannot send.
	await other.waitForTimeout(1000);
	await expect(other.getByTestId('application-status')).not.toHaveAttribute(
		'data-status',
		'server'
	);

	// Closing the tab releases its lock; the other tab's waiting sync goes ahead and sends
	// both drafts (the outbox is shared), the closed tab's one included.
	await page.close();
	await expect(other.getByTestId('application-status')).toHaveAttribute('data-status', 'server', {
		timeout: 30_000
	});
	await other.goto('/applications');
	await expect(other.getByTestId('my-application').filter({ hasText: heldName })).toHaveAttribute(
		'data-status',
		'server'
	);
});
