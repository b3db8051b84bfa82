import { expect, test } from '@playwright/test';

test('the app is installable: a Latvian web manifest with its icons', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const manifest = (await (await request.get(href ?? '')).json()) as {
		name: string;
		short_name: string;
		lang: string;
		start_url: string;
		display: string;
		theme_color: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({
		short_name: 'Kopa',
		lang: 'lv',
		start_url: '/',
		display: 'standalone'
	});
	expect(manifest.name).toContain('pašvaldību');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
	const sizes = manifest.icons.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`);
	expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});
