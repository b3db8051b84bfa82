import { expect, test, type Page } from '@playwright/test';
import { startTileServer, type TileServer } from '../../support/tile-server';
import { goOffline, goOnline } from '../support/network';
import { signIn, waitForServiceWorker } from '../support/people';
import { expectNoAxeViolations } from './axe';

// The build must name this server: PUBLIC_KOPA_MAP_TILES=http://127.0.0.1:4180/{z}/{x}/{y}.png
// (docs/map.md). The origin is in the page's policy only then.
const TILE_PORT = Number(process.env.KOPA_E2E_TILE_PORT ?? 4180);
const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`;

let tiles: TileServer;
test.beforeAll(async () => {
	tiles = await startTileServer(TILE_PORT);
});
test.afterAll(async () => {
	await tiles.close();
});

/** A tap in the middle of Rīga's outline marks a place in Rīga, and the inputs follow. */
async function tapInsideRiga(page: Page): Promise<void> {
	const map = page.getByTestId('point-map');
	await map.scrollIntoViewIfNeeded();
	const outline = await map.locator('polygon').boundingBox();
	expect(outline).not.toBeNull();
	await page.mouse.click(outline!.x + outline!.width / 2, outline!.y + outline!.height / 2);
	await expect(map.getByTestId('point-map-marker')).toBeVisible();
	const lat = Number(await page.getByLabel(/Ģeogrāfiskais platums/).inputValue());
	const lon = Number(await page.getByLabel(/Ģeogrāfiskais garums/).inputValue());
	expect(lat).toBeGreaterThan(56.88);
	expect(lat).toBeLessThan(57.08);
	expect(lon).toBeGreaterThan(23.95);
	expect(lon).toBeLessThan(24.3);
}

test('the place is marked on map tiles from the configured server; offline or with tiles failing, on the plain map', async ({
	page,
	context,
	request
}) => {
	const policy = (await request.get('/shell')).headers()['content-security-policy'] ?? '';
	test.skip(!policy.includes(TILE_ORIGIN), `the build does not name ${TILE_ORIGIN} (docs/map.md)`);
	// Exactly the tile origin is allowed for images, nothing wider.
	expect(policy).toMatch(new RegExp(`img-src 'self' blob: data: ${TILE_ORIGIN}(;|$)`));

	await signIn(page, 'demo-citizen-marta');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await page.getByTestId('start-advertising-permit').click();
	await expect(page).toHaveURL(/\/riga\/advertising-permit\/[0-9a-f-]+$/);
	const base = new URL(page.url()).pathname;
	await page.goto(`${base}/location`);

	// Online: tiles from the server, at a zoom that shows the city (9 or more), under the outline.
	const view = page.getByTestId('point-map-view');
	await expect(view).toHaveAttribute('data-mode', 'tiles');
	await expect
		.poll(async () => Number(await page.getByTestId('point-map').getAttribute('data-tiles-loaded')))
		.toBeGreaterThan(0);
	expect(tiles.requested.length).toBeGreaterThan(0);
	expect(tiles.requested.every((t) => Number(t.split('/')[0]) >= 9)).toBe(true);
	await expect(page.getByText(/Kartes dati: 127\.0\.0\.1/)).toBeVisible();
	await tapInsideRiga(page);
	await expectNoAxeViolations(page);

	// The network cut: the plain map, saying why; the outline and the point stay, a tap works.
	await goOffline(context);
	await expect(view).toHaveAttribute('data-mode', 'plain');
	await expect(page.getByTestId('point-map-unavailable')).toBeVisible();
	await expect(page.getByTestId('point-map-marker')).toBeVisible();
	await tapInsideRiga(page);
	await expectNoAxeViolations(page);

	// Back online, the tiles return.
	await goOnline(context);
	await expect(view).toHaveAttribute('data-mode', 'tiles');

	// A tile server that fails: the plain map, not a broken picture.
	await context.route(`${TILE_ORIGIN}/**`, (route) => route.fulfill({ status: 503 }));
	await page.reload();
	await expect(view).toHaveAttribute('data-mode', 'plain');
	await expect(page.getByTestId('point-map-unavailable')).toBeVisible();
	await tapInsideRiga(page);
});
