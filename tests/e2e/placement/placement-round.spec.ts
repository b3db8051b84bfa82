import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { e2eDb, offersOf, queuedEnrolment, statusOf } from './fixtures';

// Jēkabpils: no other spec places children there, so the queue is this spec's own.
const M = 'jekabpils';
const SAULITE = `${M}-saulite-preschool-lv-2027`;

async function runRound(page: Page, kind: 'main' | 'second'): Promise<string> {
	await page.goto(`/office/${M}/placement`);
	await page.getByLabel('Uzņemšana').selectOption({ label: 'Pirmsskola' });
	await page.getByLabel('Kārtas veids').selectOption(kind);
	await page.getByTestId('prepare-run-submit').click();
	const run = page.getByTestId('placement-run').first();
	await expect(run).toHaveAttribute('data-status', 'prepared');
	// The seed's hash is shown before the run.
	await expect(run.getByTestId('run-seed-hash')).toHaveText(/^[0-9a-f]{64}$/);
	await run.getByTestId('execute-run').click();
	await expect(run).toHaveAttribute('data-status', 'verified');
	await expect(run.getByTestId('run-report')).toHaveAttribute('data-ok', 'true');
	await run.getByTestId('publish-run').click();
	await expect(page.getByTestId('placement-published')).toBeVisible();
	await expect(run).toHaveAttribute('data-status', 'published');
	return (await page.getByTestId('placement-published').textContent()) ?? '';
}

async function noHorizontalOverflow(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

test('a main round, an offer accepted offline, and a decline whose seat goes to the next child in the next run', async ({
	browser
}) => {
	const db = e2eDb();
	const anna = queuedEnrolment(db, {
		municipalityId: M,
		applicantId: 'demo-citizen-anna',
		givenName: uniqueChildName('Elza'),
		choices: ['saulite']
	});
	const janis = queuedEnrolment(db, {
		municipalityId: M,
		applicantId: 'demo-citizen-janis',
		givenName: uniqueChildName('Roberts'),
		choices: ['saulite']
	});
	const liga = queuedEnrolment(db, {
		municipalityId: M,
		applicantId: 'demo-citizen-liga',
		givenName: uniqueChildName('Marta'),
		choices: ['saulite']
	});

	// The officer runs the main round: two seats, three children in registration order.
	const officerContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-jekabpils');
	await officer.goto(`/office/${M}`);
	await officer.getByTestId('placement-link').click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Vietu sadale');
	await noHorizontalOverflow(officer);
	expect(await runRound(officer, 'main')).toContain('2');
	expect(offersOf(db, anna)).toEqual([{ programmeId: SAULITE, status: 'offered' }]);
	expect(offersOf(db, liga)).toEqual([]);

	// Anna sees the offer on a phone, goes offline and accepts it there.
	const annaContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await annaContext.newPage();
	await signIn(page, 'demo-citizen-anna');
	await page.goto(`/${M}/education-enrolment/${anna}`);
	const offer = page.getByTestId('placement-offer');
	await expect(offer).toContainText('Demo PII “Saulīte”');
	await expect(offer.getByTestId('offer-deadline')).toContainText('(ieskaitot)');
	await expect(page.getByTestId('placement-explanations')).toBeVisible();
	await noHorizontalOverflow(page);
	await waitForServiceWorker(page);

	await goOffline(annaContext);
	await offer.getByTestId('offer-accept').click();
	await offer.getByTestId('offer-confirm').click();
	await expect(offer.getByTestId('offer-status')).toHaveText('Vieta pieņemta');
	await expect(offer.getByTestId('offer-pending')).toBeVisible();
	expect(statusOf(db, anna)).toBe('offered');
	await goOnline(annaContext);
	await expect(offer.getByTestId('offer-pending')).toHaveCount(0, { timeout: 30_000 });
	await expect.poll(() => statusOf(db, anna), { timeout: 15_000 }).toBe('accepted');
	expect(offersOf(db, anna)).toEqual([{ programmeId: SAULITE, status: 'accepted' }]);

	// The English switch: the same offer in English, still without overflow at 390 px.
	await page.getByTestId('language-switch').click();
	await expect(offer.getByTestId('offer-status')).toHaveText('Place accepted');
	await noHorizontalOverflow(page);
	await annaContext.close();

	// Jānis declines his offer.
	const janisContext = await browser.newContext();
	const janisPage = await janisContext.newPage();
	await signIn(janisPage, 'demo-citizen-janis');
	await janisPage.goto(`/${M}/education-enrolment/${janis}`);
	const janisOffer = janisPage.getByTestId('placement-offer');
	await janisOffer.getByTestId('offer-decline').click();
	await janisOffer.getByTestId('offer-confirm').click();
	await expect.poll(() => statusOf(db, janis), { timeout: 15_000 }).toBe('declined');
	await janisContext.close();

	// The next run offers the freed seat to Līga's child.
	expect(await runRound(officer, 'second')).toContain('1');
	expect(offersOf(db, liga)).toEqual([{ programmeId: SAULITE, status: 'offered' }]);
	await officerContext.close();
	db.$client.close();
});
