import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from '../forms/axe';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { submitFlowerStall } from './fill';

// An inspector checks a street trading place on a phone: the task carries the stall as
// applied for (size, goods, hours, the sketch) and the street trade checklist, not the
// advertising one; the answers arrive at the office under the street trade checks.

const POINT = { lat: '56.9566', lon: '24.1234' };
// 3 m from the point applied for, a good fix.
const AT_SITE = { latitude: 56.95662, longitude: 24.12342, accuracy: 5 };

async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
	const response = path.startsWith('get:')
		? await request.get(`/trpc/${path.slice(4)}?input=${encodeURIComponent(JSON.stringify(input))}`)
		: await request.post(`/trpc/${path}`, { data: input });
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

const isoDay = (daysFromNow: number) =>
	new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

test('an inspector checks a street trading place with its own checklist, on a phone', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const street = `${uniqueChildName('Tirgus')} iela 5, Rīga`;
	const citizenContext = await browser.newContext();
	const citizen = await citizenContext.newPage();
	await signIn(citizen, 'demo-citizen-marta');
	const base = await submitFlowerStall(citizen, { contactName: 'Marta Liepa', street, ...POINT });
	await citizenContext.close();

	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	const { id: taskId } = await trpc<{ id: string }>(officer.request, 'inspections.schedule', {
		municipalityId: 'riga',
		applicationId: base.split('/').pop(),
		followsId: null,
		kind: 'preDecision',
		inspectorId: 'demo-inspector-riga',
		dueOn: isoDay(7),
		instructions: 'Pārbaudīt, vai ietvē paliek vieta gājējiem.'
	});

	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		permissions: ['geolocation'],
		geolocation: AT_SITE
	});
	const page = await context.newPage();
	await signIn(page, 'demo-inspector-riga');
	await waitForServiceWorker(page);
	await page.goto('/inspections');
	await expect(page.locator(`[data-testid="inspection-task"][data-id="${taskId}"]`)).toBeVisible({
		timeout: 30_000
	});
	await page.goto(`/inspections/${taskId}`);
	await expect(page.getByTestId('task-address')).toHaveText(street);
	await expect(page.getByTestId('task-stallSize')).toHaveText('2 × 1,5 m');
	await expect(page.getByTestId('task-goods')).toHaveText('Ziedi un stādi');
	await expect(page.getByTestId('task-hours')).toHaveText('Sestdienās un svētdienās 08:00–18:00');
	await expect(page.getByTestId('design-files')).toContainText('galds.pdf');

	const checklist = page.getByTestId('checklist');
	const questions = checklist.locator('fieldset');
	await expect(questions).toHaveCount(6);
	for (const name of [
		'Atļauja izvietota redzamā vietā',
		'Vieta atbilst atļautajai',
		'Tirdzniecības vietas izmēri atbilst',
		'Preces atbilst atļautajām',
		'Tirgo atļautajā laikā',
		'Vieta un apkārtne ir tīra'
	]) {
		await expect(checklist).toContainText(name);
	}
	await expect(checklist).not.toContainText('Droši nostiprināts');
	await page.screenshot({ path: '/work/shots/street-trade-inspection.png', fullPage: true });

	for (let i = 0; i < 6; i++) {
		await questions.nth(i).getByRole('radio', { name: 'Jā', exact: true }).check();
	}
	await page.getByTestId('measure-position').click();
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');
	await page.getByRole('radio', { name: 'Atbilst atļaujai' }).check();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);
	await page.getByTestId('complete-inspection').click();
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'synced', {
		timeout: 30_000
	});

	const task = await trpc<{ status: string; outcome: { checks: Record<string, string> } | null }>(
		officer.request,
		'get:inspections.get',
		{ municipalityId: 'riga', inspectionId: taskId }
	);
	expect(task.status).toBe('done');
	expect(task.outcome?.checks).toEqual({
		permitDisplayed: 'yes',
		placeAsPermitted: 'yes',
		stallSize: 'yes',
		goodsAsPermitted: 'yes',
		tradingHours: 'yes',
		cleanliness: 'yes'
	});
	await officerContext.close();
	await context.close();
});
