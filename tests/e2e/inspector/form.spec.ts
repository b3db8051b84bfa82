import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { expectNoAxeViolations } from '../forms/axe';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { submitTemporaryPermit } from '../support/permit';

/**
 * The inspector's form and report (issue 7) in Chromium with geolocation emulation: a task
 * completed offline with two photos and a defect, a report of an unpermitted ad made
 * offline, and both arriving at the office with photos intact; bad input (not a photo,
 * poor accuracy, missing checks) each with a clear message and nothing lost; and an
 * officer's change made while the inspector was offline shown as a conflict.
 */

// 3 m from the permitted point of submitTemporaryPermit (56.9496, 24.1052); and 450 m off.
const AT_SITE = { latitude: 56.94962, longitude: 24.10522, accuracy: 5 };
const FAR_AND_VAGUE = { latitude: 56.9536, longitude: 24.1052, accuracy: 120 };

/** A real 2×2 PNG, different per seed; small enough that the device keeps it byte for byte. */
function png(seed: number): Buffer {
	const table = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) {
			c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		return c >>> 0;
	});
	const crc = (bytes: Buffer) => {
		let c = 0xffffffff;
		for (const b of bytes) {
			c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
		}
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), 8 + data.length);
		return out;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(2, 0);
	header.writeUInt32BE(2, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const row = [0, seed & 255, (seed * 7) & 255, (seed * 13) & 255, 10, 20, 30];
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.from([...row, ...row]))),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photoFile = (seed: number) => ({
	name: `foto-${seed}.png`,
	mimeType: 'image/png',
	buffer: png(seed)
});

const isoDay = (daysFromNow: number) =>
	new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

type View = {
	id: string;
	kind: string;
	status: string;
	version: number;
	description: string | null;
	outcome: { result: string; defectDeadline: string | null; checks: Record<string, string> } | null;
	photos: { photoId: string; sha256: string; status: string }[];
	conflict: { status: string; changes: { field: string }[] } | null;
};

async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
	const response = path.startsWith('get:')
		? await request.get(`/trpc/${path.slice(4)}?input=${encodeURIComponent(JSON.stringify(input))}`)
		: await request.post(`/trpc/${path}`, { data: input });
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

/** A citizen's permit application in Rīga, and an officer signed in beside it. */
async function permitAndOfficer(browser: Browser) {
	const citizenContext = await browser.newContext();
	const citizen = await citizenContext.newPage();
	await signIn(citizen, 'demo-citizen-marta');
	await citizen.goto('/riga');
	await waitForServiceWorker(citizen);
	const year = new Date().getFullYear() + 1;
	const street = `${uniqueChildName('Pārbaudes')} iela 3, Rīga`;
	const base = await submitTemporaryPermit(citizen, {
		contactName: 'Marta Kalniņa',
		email: `marta.${Date.now()}@example.lv`,
		street,
		from: `${year}-05-01`,
		to: `${year}-05-20`
	});
	await citizenContext.close();
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	const schedule = (kind: string, instructions = 'Nofotografēt stendu.') =>
		trpc<{ id: string }>(officer.request, 'inspections.schedule', {
			municipalityId: 'riga',
			applicationId: base.split('/').pop(),
			followsId: null,
			kind,
			inspectorId: 'demo-inspector-riga',
			dueOn: isoDay(10),
			instructions
		}).then((out) => out.id);
	const get = (id: string) =>
		trpc<View>(officer.request, 'get:inspections.get', {
			municipalityId: 'riga',
			inspectionId: id
		});
	return { street, officer, officerContext, schedule, get };
}

/** The inspector on a phone, allowed to read the (emulated) position, tasks pulled. */
async function inspectorOnPhone(browser: Browser) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		permissions: ['geolocation'],
		geolocation: AT_SITE
	});
	const page = await context.newPage();
	await signIn(page, 'demo-inspector-riga');
	await waitForServiceWorker(page);
	await page.goto('/inspections');
	return { context, page };
}

async function bytesOf(request: APIRequestContext, photo: { sha256: string; photoId: string }) {
	const response = await request.get(`/api/blob/${photo.sha256}?photo=${photo.photoId}`);
	expect(response.status()).toBe(200);
	return sha(await response.body());
}

async function answerChecks(page: Page, firstAnswer: 'Jā' | 'Nē (trūkums)') {
	const groups = page.getByTestId('checklist').locator('fieldset');
	const count = await groups.count();
	for (let i = 0; i < count; i++) {
		await groups
			.nth(i)
			.getByRole('radio', { name: i === 0 ? firstAnswer : 'Jā', exact: true })
			.check();
	}
}

test('offline: a task completed with two photos and a defect, an unpermitted ad reported, both at the office with photos intact', async ({
	browser
}) => {
	const office = await permitAndOfficer(browser);
	const taskId = await office.schedule('installation');
	const { context, page } = await inspectorOnPhone(browser);
	const row = page.locator(`[data-testid="inspection-task"][data-id="${taskId}"]`);
	await expect(row).toBeVisible({ timeout: 30_000 });
	await page.getByTestId('make-offline').click();
	await expect(page.getByTestId('offline-status')).toContainText('Gatavs', { timeout: 30_000 });

	// No signal from here on; the page is opened and reloaded from the device alone.
	await goOffline(context);
	await page.goto(`/inspections/${taskId}`);
	await page.reload();
	await expect(page.getByTestId('inspection-title')).toHaveText('Uzstādīšanas pārbaude');
	await expect(page.getByTestId('task-address')).toHaveText(office.street);
	await expect(page.getByTestId('task-dimensions')).toHaveText('2 × 1 m');
	await expect(page.getByTestId('task-lighting')).toHaveText('Nav');
	await expect(page.getByTestId('task-instructions')).toHaveText('Nofotografēt stendu.');
	await expect(page.getByTestId('design-files')).toContainText('Atvērt skice.pdf');
	await expect(page.getByTestId('place-lks92')).toContainText('X ');
	await expect(page.getByTestId('place-wgs84')).toHaveText('56,949600° Z; 24,105200° A');
	await expect(page.getByTestId('route-link')).toHaveAttribute('href', /56\.949600/);

	// Nothing answered: a summary that takes focus, a message at every check and the result.
	await page.getByTestId('complete-inspection').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	const checks = page.getByTestId('checklist').locator('fieldset');
	const checkCount = await checks.count();
	expect(checkCount).toBeGreaterThan(1);
	await expect(summary.getByRole('listitem')).toHaveCount(checkCount + 1);
	await expect(page.getByTestId('check-design-error')).toHaveText('Atbildiet uz šo jautājumu.');
	await expect(page.getByTestId('result-error')).toHaveText('Izvēlieties rezultātu.');
	await expectNoAxeViolations(page);

	// Answering one check takes only its message away; the others stay until sent again.
	await checks.first().getByRole('radio', { name: 'Jā', exact: true }).check();
	await expect(page.getByTestId('check-design-error')).toHaveCount(0);
	await expect(summary.getByRole('listitem')).toHaveCount(checkCount);

	// Position: good first; then a poor fix far away is kept with both warnings; then again.
	await page.getByTestId('measure-position').click();
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');
	await expect(page.getByTestId('position-message')).toHaveAttribute('data-key', 'geo.position.ok');
	await context.setGeolocation(FAR_AND_VAGUE);
	await page.getByTestId('measure-position').click();
	await expect(page.getByTestId('position-message')).toHaveCount(2);
	await expect(page.getByTestId('position-message').first()).toContainText('±120 m');
	await expect(page.getByTestId('position-message').nth(1)).toContainText('no atļautās vietas');
	await expect(page.getByTestId('position-wgs84')).toContainText('56,953600');
	await context.setGeolocation(AT_SITE);
	await page.getByRole('button', { name: 'Noteikt vēlreiz' }).click();
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');

	// A file that is not a photo is named and refused; two photos are kept.
	await page
		.locator('#photos')
		.setInputFiles([
			{ name: 'ligums.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.4\nnot a photo') }
		]);
	await expect(page.getByTestId('photo-problem')).toContainText('„ligums.jpg” nav fotoattēls');
	await page.locator('#photos').setInputFiles([photoFile(1), photoFile(2)]);
	await expect(page.getByTestId('photo')).toHaveCount(2);
	await expect(page.getByTestId('photo').first().locator('img')).toBeVisible();

	await answerChecks(page, 'Nē (trūkums)');
	await page.getByLabel('Piezīmes').fill('Stends par 10 cm augstāks.');
	await page.getByRole('radio', { name: 'Ir trūkumi' }).check();
	// Everything typed survives a reload with no network.
	await page.waitForTimeout(400);
	await page.reload();
	await expect(page.getByLabel('Piezīmes')).toHaveValue('Stends par 10 cm augstāks.');
	await expect(page.getByRole('radio', { name: 'Ir trūkumi' })).toBeChecked();
	await expect(page.getByTestId('photo')).toHaveCount(2);
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');
	// With defects the deadline is asked for.
	await page.getByTestId('complete-inspection').click();
	await expect(page.getByTestId('defectDeadline-error')).toHaveText(
		'Norādiet datumu, līdz kuram trūkumi jānovērš.'
	);
	await page.getByLabel('Trūkumu novēršanas termiņš').fill(isoDay(30));
	await page.getByTestId('complete-inspection').click();
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'waiting');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);

	// A report of an unpermitted ad, offline too: the address keeps the new report's id.
	await page.goto('/inspections/new-report');
	await expect(page).toHaveURL(/\/inspections\/new-report\?id=[0-9a-f-]{36}$/);
	const reportId = new URL(page.url()).searchParams.get('id') ?? '';
	await page.getByTestId('send-report').click();
	await expect(page.getByTestId('description-error')).toHaveText('Šis lauks ir obligāts.');
	await expect(page.getByTestId('position-error')).toContainText('ziņojumam tā ir obligāta');
	await page.getByLabel('Kur un kas').fill('Brīvības iela 40, baneris uz žoga');
	await page.reload();
	await expect(page.getByLabel('Kur un kas')).toHaveValue('Brīvības iela 40, baneris uz žoga');
	await page.getByTestId('measure-position').click();
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');
	await page.locator('#photos').setInputFiles([photoFile(3)]);
	await expect(page.getByTestId('photo')).toHaveCount(1);
	await expectNoAxeViolations(page);
	await page.getByTestId('send-report').click();
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'waiting');

	// Online again: both go, and the device says so.
	await goOnline(context);
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'synced', {
		timeout: 30_000
	});
	await page.goto(`/inspections/${taskId}`);
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'synced', {
		timeout: 30_000
	});
	await expect(page.getByTestId('photos-uploaded')).toContainText('2 no 2', { timeout: 30_000 });

	// The officer sees both, the photos' bytes equal to what was taken.
	const task = await office.get(taskId);
	expect(task.status).toBe('done');
	expect(task.outcome).toMatchObject({ result: 'defects', defectDeadline: isoDay(30) });
	expect(Object.values(task.outcome?.checks ?? {})).toContain('no');
	await expect
		.poll(async () => (await office.get(taskId)).photos.map((p) => p.status))
		.toEqual(['present', 'present']);
	const taskPhotos = (await office.get(taskId)).photos;
	expect(taskPhotos.map((p) => p.sha256).sort()).toEqual([sha(png(1)), sha(png(2))].sort());
	for (const photo of taskPhotos) {
		expect(await bytesOf(office.officer.request, photo)).toBe(photo.sha256);
	}
	await expect
		.poll(async () => (await office.get(reportId)).photos.map((p) => p.status))
		.toEqual(['present']);
	const report = await office.get(reportId);
	expect(report).toMatchObject({
		kind: 'report',
		description: 'Brīvības iela 40, baneris uz žoga'
	});
	expect(
		await bytesOf(office.officer.request, report.photos[0] ?? { sha256: '', photoId: '' })
	).toBe(sha(png(3)));
	// The report, opened from the list like a task, reads as sent from this device.
	await page.goto('/inspections');
	await page
		.locator(`[data-testid="inspection-task"][data-id="${reportId}"]`)
		.getByTestId('inspection-open')
		.click();
	await expect(page.getByTestId('inspection-title')).toHaveText('Ziņojums par neatļautu reklāmu');
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'synced');
	await expect(page.getByLabel('Kur un kas')).toHaveValue('Brīvības iela 40, baneris uz žoga');
	await expect(page.getByTestId('photo')).toHaveCount(1);
	await expectNoAxeViolations(page);
	await context.close();
	await office.officerContext.close();
});

test('a task an officer changed while the inspector was offline shows what changed, the result kept', async ({
	browser
}) => {
	const office = await permitAndOfficer(browser);
	const taskId = await office.schedule('preDecision', 'Pārbaudīt vietu.');
	const { context, page } = await inspectorOnPhone(browser);
	await expect(page.locator(`[data-testid="inspection-task"][data-id="${taskId}"]`)).toBeVisible({
		timeout: 30_000
	});
	await goOffline(context);
	await page.goto(`/inspections/${taskId}`);
	await expect(page.getByTestId('inspection-title')).toHaveText('Pārbaude pirms lēmuma');

	// Meanwhile the officer moves the due day and rewrites the instructions.
	const before = await office.get(taskId);
	const newDue = isoDay(20);
	await trpc(office.officer.request, 'inspections.update', {
		municipalityId: 'riga',
		inspectionId: taskId,
		version: before.version,
		dueOn: newDue,
		instructions: 'Pārbaudīt arī apgaismojumu.'
	});

	await answerChecks(page, 'Jā');
	await page.getByTestId('measure-position').click();
	await expect(page.getByTestId('position-accuracy')).toContainText('±5 m');
	await page.getByRole('radio', { name: 'Atbilst atļaujai' }).check();
	await page.getByTestId('complete-inspection').click();
	await expect(page.getByTestId('send-status')).toHaveAttribute('data-phase', 'waiting');

	await goOnline(context);
	const banner = page.getByTestId('inspection-conflict');
	await expect(banner).toBeVisible({ timeout: 30_000 });
	await expect(banner.locator('[data-field="dueOn"] [data-testid="conflict-after"]')).toHaveText(
		newDue
	);
	await expect(banner.locator('[data-field="instructions"]')).toContainText(
		'Pārbaudīt arī apgaismojumu.'
	);
	await expect(banner).toContainText('Jūsu rezultāts ir saglabāts');
	await expectNoAxeViolations(page);
	// Nothing lost: the result stands at the office.
	expect((await office.get(taskId)).outcome).toMatchObject({ result: 'compliant' });
	await banner.getByRole('button', { name: 'Sapratu' }).click();
	await expect(banner).toHaveCount(0);
	await expect.poll(async () => (await office.get(taskId)).conflict?.status).toBe('resolved');
	// English names the same things.
	await page.getByTestId('language-switch').click();
	await expect(page.getByTestId('send-status')).toContainText('Synced');
	await context.close();
	await office.officerContext.close();
});
