import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { startTileServer, type TileServer } from '../../support/tile-server';
import { expectNoAxeViolations } from '../forms/axe';
import { goOffline, goOnline } from '../support/network';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';
import { SKETCH_PDF, submitTemporaryPermit } from '../support/permit';

// The server's SQLite file (tests/e2e/serve.ts), read to know when the design has arrived.
const DB_PATH = `tests/.tmp/e2e-${process.env.KOPA_E2E_PORT ?? 4173}.db`;
const SKETCH_SHA = createHash('sha256').update(SKETCH_PDF).digest('hex');

// npm test builds with PUBLIC_KOPA_MAP_TILES naming this loopback server (tests/run-all.ts);
// a build without it shows the plain map online too.
const TILE_PORT = Number(process.env.KOPA_E2E_TILE_PORT ?? 4180);
let tiles: TileServer;
test.beforeAll(async () => {
	tiles = await startTileServer(TILE_PORT);
});
test.afterAll(async () => {
	await tiles.close();
});

function attachmentStatuses(applicationId: string): string[] {
	const db = new Database(DB_PATH, { readonly: true, fileMustExist: true });
	try {
		return (
			db.prepare('select status from attachment where application_id = ?').all(applicationId) as {
				status: string;
			}[]
		).map((row) => row.status);
	} finally {
		db.close();
	}
}

const isoDay = (daysFromNow: number) =>
	new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** The officer's procedure, as the back office calls it (tRPC over HTTP, their session). */
async function schedule(
	request: APIRequestContext,
	input: { applicationId: string; kind: string; dueOn: string }
): Promise<string> {
	const response = await request.post('/trpc/inspections.schedule', {
		data: {
			municipalityId: 'riga',
			followsId: null,
			inspectorId: 'demo-inspector-riga',
			instructions: 'Pārbaudīt, vai stends atbilst skicei.',
			...input
		}
	});
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { result: { data: { id: string } } }).result.data.id;
}

/** The SHA-256 of the design file as the inspector's device stores it, or null. */
function storedHash(page: Page, sha256: string): Promise<string | null> {
	return page.evaluate(
		async ({ name, key }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(new Error(String(open.error)));
			});
			const row = await new Promise<{ blob: Blob; state: string } | undefined>((resolve) => {
				const get = db.transaction('blobs').objectStore('blobs').get(key);
				get.onsuccess = () => resolve(get.result as { blob: Blob; state: string } | undefined);
			});
			db.close();
			if (!row || row.state !== 'uploaded') {
				return null;
			}
			const digest = await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer());
			return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
		},
		{ name: 'kopa-demo-inspector-riga', key: sha256 }
	);
}

test('an inspector takes two tasks offline with one action, a forged file is refused, and the list and map work offline on a phone', async ({
	page,
	browser
}) => {
	// A citizen's permit application with a design (a real PDF), received by the server.
	const street = `${uniqueChildName('Inspekcijas')} iela 7, Rīga`;
	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	const year = new Date().getFullYear() + 1;
	const base = await submitTemporaryPermit(page, {
		contactName: 'Marta Kalniņa',
		email: `marta.${Date.now()}@example.lv`,
		street,
		from: `${year}-05-01`,
		to: `${year}-05-20`
	});
	const applicationId = base.split('/').pop() ?? '';
	await expect
		.poll(() => attachmentStatuses(applicationId), { timeout: 30_000 })
		.toEqual(['present']);

	// The officer schedules two inspections of it; the later-made one is due sooner.
	const officerContext = await browser.newContext();
	const officer = await officerContext.newPage();
	await signIn(officer, 'demo-officer-riga');
	const later = await schedule(officer.request, {
		applicationId,
		kind: 'installation',
		dueOn: isoDay(14)
	});
	const sooner = await schedule(officer.request, {
		applicationId,
		kind: 'preDecision',
		dueOn: isoDay(3)
	});
	// An officer without the inspector role finds no inspector link and a plain explanation.
	await expect(officer.getByRole('link', { name: 'Manas pārbaudes' })).toHaveCount(0);
	await officer.goto('/inspections');
	await expect(officer.getByTestId('inspections-empty')).toContainText('Šī lapa ir inspektoriem');
	await officerContext.close();

	// Signed out: asked to sign in.
	const strangerContext = await browser.newContext();
	const stranger = await strangerContext.newPage();
	await stranger.goto('/inspections');
	await expect(stranger.getByTestId('inspections-sign-in')).toBeVisible();
	await strangerContext.close();

	// The inspector, on a phone, finds the page from the navigation.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const inspector = await context.newPage();
	await signIn(inspector, 'demo-inspector-riga');
	await waitForServiceWorker(inspector);
	await inspector.getByRole('link', { name: 'Manas pārbaudes' }).click();
	await expect(inspector).toHaveURL(/\/inspections$/);
	// Other specs' tasks for this inspector may be listed too: ours are found by id.
	const tasks = inspector.getByTestId('inspections-open').getByTestId('inspection-task');
	const ours = [sooner, later];
	const mine = (id: string) =>
		inspector.locator(`[data-testid="inspection-task"][data-id="${id}"]`);
	for (const id of ours) {
		await expect(mine(id)).toBeVisible({ timeout: 30_000 });
	}
	// Sooner due first (of these two; other specs' tasks may sit between them).
	const order = await tasks.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
	expect(order.indexOf(sooner)).toBeLessThan(order.indexOf(later));
	await expect(mine(sooner)).toContainText('Pārbaude pirms lēmuma');
	await expect(mine(later)).toContainText('Uzstādīšanas pārbaude');
	await expect(mine(later)).toContainText(street);
	await expect(mine(later)).toContainText('Marta Kalniņa');
	await expect(mine(later).getByTestId('inspection-readiness')).toHaveText('Jālejupielādē 1 fails');
	await expect(mine(later).getByTestId('inspection-coords')).toContainText('LKS-92 (EPSG:3059)');
	await expect(mine(later).getByTestId('inspection-coords')).toContainText('56,949600° Z');
	await expect(mine(later).getByTestId('inspection-route')).toHaveAttribute(
		'href',
		/56\.949600%2C24\.105200|56\.949600,24\.105200/
	);
	// Online, the map is drawn over tiles when the build names a tile source.
	const tiled = (await inspector.request.get('/shell'))
		.headers()
		['content-security-policy']?.includes(`127.0.0.1:${TILE_PORT}`);
	await expect(inspector.getByTestId('task-map-view')).toHaveAttribute(
		'data-mode',
		tiled ? 'tiles' : 'plain'
	);
	if (tiled) {
		await expect
			.poll(async () =>
				Number(await inspector.getByTestId('task-map').getAttribute('data-tiles-loaded'))
			)
			.toBeGreaterThan(0);
	}
	await expect(inspector.getByTestId('task-map-marker')).not.toHaveCount(0);
	await expect(inspector.getByTestId('new-report')).toHaveAttribute(
		'href',
		'/inspections/new-report'
	);
	await expectNoAxeViolations(inspector);

	// Bytes that are not the approved design are refused and not kept.
	const forge = (route: Route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/pdf',
			body: Buffer.from(SKETCH_PDF.toString().replace('200 200', '300 300'))
		});
	await context.route('**/api/blob/**', forge);
	await inspector.getByTestId('make-offline').click();
	await expect(inspector.getByTestId('offline-status')).toContainText('Neizdevās —');
	await expect(
		inspector.getByTestId('offline-failures').getByRole('listitem').filter({ hasText: 'skice.pdf' })
	).toContainText('saņemtais fails neatbilst apstiprinātajam');
	expect(await storedHash(inspector, SKETCH_SHA)).toBeNull();
	await expect(mine(later).getByTestId('inspection-readiness')).toHaveText('Jālejupielādē 1 fails');

	// The real file: one download serves both tasks.
	await context.unroute('**/api/blob/**', forge);
	// Held back a moment, so the bar and the status line can be seen while it comes.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const hold = async (route: Route) => {
		await held;
		await route.continue();
	};
	await context.route('**/api/blob/**', hold);
	await inspector.getByTestId('make-offline').click();
	const bar = inspector.getByTestId('offline-progress');
	await expect(bar).toBeVisible();
	expect(Number(await bar.getAttribute('max'))).toBeGreaterThanOrEqual(SKETCH_PDF.length);
	await expect(inspector.getByTestId('offline-status')).toContainText('Lejupielādē');
	await expect(inspector.getByTestId('make-offline')).toBeDisabled();
	release();
	await expect(inspector.getByTestId('offline-status')).toContainText('Gatavs');
	await context.unroute('**/api/blob/**', hold);
	for (const id of ours) {
		await expect(mine(id).getByTestId('inspection-readiness')).toHaveText('Pieejams bezsaistē');
	}
	expect(await storedHash(inspector, SKETCH_SHA)).toBe(SKETCH_SHA);
	await expectNoAxeViolations(inspector);

	// Offline and reloaded: the list, readiness and the plain map with numbered links.
	await goOffline(context);
	await inspector.reload();
	await expect(mine(later).getByTestId('inspection-readiness')).toHaveText('Pieejams bezsaistē');
	await expect(inspector.getByTestId('task-map-view')).toHaveAttribute('data-mode', 'plain');
	const number = await mine(later).locator('.number').textContent();
	const marker = inspector.getByRole('link', {
		name: `${number?.trim()}. Uzstādīšanas pārbaude, ${street}`
	});
	await expect(marker).toBeVisible();
	const width = await inspector.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(inspector);
	await marker.focus();
	await expect(marker).toBeFocused();
	await inspector.keyboard.press('Enter');
	await expect(inspector).toHaveURL(new RegExp(`/inspections/${later}$`));
	await inspector.goBack();

	// English.
	await inspector.getByTestId('language-switch').click();
	await expect(inspector.getByRole('heading', { level: 1 })).toHaveText('My inspections');
	await expect(mine(later).getByTestId('inspection-readiness')).toHaveText('Available offline');
	await expect(mine(later)).toContainText('Installation inspection');
	await goOnline(context);
	await context.close();
});
