import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/lib/components/map/plain-projection';
import {
	fitZoom,
	fromTile,
	projectTile,
	TILE_SIZE,
	tilesFor,
	tileUrl,
	tileViewFor,
	toTile,
	unprojectTile
} from '../../../src/lib/components/map/tile-math';
import { tileOrigin, tileTemplate } from '../../../src/lib/components/map/tile-origin.js';

const inLatvia = fc.tuple(
	fc.double({ min: 20.9, max: 28.3, noNaN: true }),
	fc.double({ min: 55.6, max: 58.1, noNaN: true })
) as fc.Arbitrary<LonLat>;

describe('tile math (Web Mercator)', () => {
	it('puts known places on the tiles OpenStreetMap numbers them with', () => {
		// Zoom 0 is one tile; its middle is 0°, 0°.
		expect(toTile([0, 0], 0)).toEqual({ x: 0.5, y: 0.5 });
		// Rīga's Freedom Monument (24.1132 E, 56.9514 N) is on tile 10/580/313 (worked by hand:
		// y = (1 - ln(tan φ + sec φ) / π) / 2 · 1024 = 313.97).
		const t = toTile([24.1132, 56.9514], 10);
		expect([Math.floor(t.x), Math.floor(t.y)]).toEqual([580, 313]);
		// The corner of the world at the Mercator limit.
		const [lon, lat] = fromTile(0, 0, 3);
		expect(lon).toBe(-180);
		expect(lat).toBeCloseTo(85.0511, 4);
	});

	it('gives back the place it was given, at every zoom', () => {
		fc.assert(
			fc.property(inLatvia, fc.integer({ min: 0, max: 19 }), (p, z) => {
				const { x, y } = toTile(p, z);
				const [lon, lat] = fromTile(x, y, z);
				expect(lon).toBeCloseTo(p[0], 9);
				expect(lat).toBeCloseTo(p[1], 9);
			})
		);
	});

	it('chooses the largest zoom at which a box fits the picture', () => {
		// Rīga's extent in a 320 × 240 picture: zoom 10 fits, zoom 11 does not.
		const sw: LonLat = [23.93, 56.86];
		const ne: LonLat = [24.33, 57.09];
		const z = fitZoom(sw, ne, 320, 240);
		const span = (zoom: number) => (toTile([ne[0], sw[1]], zoom).x - toTile(sw, zoom).x) * 256;
		expect(span(z)).toBeLessThanOrEqual(320 * 0.9);
		expect(span(z + 1)).toBeGreaterThan(320 * 0.9);
		expect(z).toBe(9);
	});

	it('shows every point of the view it was made for, inside the picture', () => {
		fc.assert(
			fc.property(
				fc.array(inLatvia, { minLength: 0, maxLength: 20 }),
				fc.integer({ min: 200, max: 1200 }),
				fc.integer({ min: 150, max: 800 }),
				(points, width, height) => {
					const view = tileViewFor(points, width, height);
					for (const p of points) {
						const { x, y } = projectTile(view, p);
						expect(x).toBeGreaterThanOrEqual(0);
						expect(x).toBeLessThanOrEqual(width);
						expect(y).toBeGreaterThanOrEqual(0);
						expect(y).toBeLessThanOrEqual(height);
					}
				}
			)
		);
	});

	it('gives back the point that was drawn, to about 0.1 m', () => {
		fc.assert(
			fc.property(fc.array(inLatvia, { minLength: 1, maxLength: 10 }), inLatvia, (area, p) => {
				const view = tileViewFor([...area, p], 600, 400);
				const { x, y } = projectTile(view, p);
				const [lon, lat] = unprojectTile(view, x, y);
				expect(Math.abs(lon - p[0])).toBeLessThan(1e-6);
				expect(Math.abs(lat - p[1])).toBeLessThan(1e-6);
			})
		);
	});

	it('covers the picture with tiles, each once, none beyond the poles', () => {
		fc.assert(
			fc.property(fc.array(inLatvia, { maxLength: 5 }), (points) => {
				const view = tileViewFor(points, 640, 480);
				const tiles = tilesFor(view);
				const keys = tiles.map((t) => `${t.x}/${t.y}`);
				expect(new Set(keys).size).toBe(keys.length);
				// Every corner pixel of the picture is on one of the tiles.
				for (const [px, py] of [
					[0, 0],
					[639, 0],
					[0, 479],
					[639, 479]
				] as const) {
					expect(
						tiles.some(
							(t) =>
								px >= t.left && px < t.left + TILE_SIZE && py >= t.top && py < t.top + TILE_SIZE
						)
					).toBe(true);
				}
			})
		);
		// At zoom 0 a wide picture still asks only for the one tile row that exists.
		const world = tilesFor({ z: 0, left: -300, top: -200, width: 856, height: 656 });
		expect(world.every((t) => t.y === 0 && t.x === 0)).toBe(true);
	});

	it('fills the template', () => {
		expect(tileUrl('https://tile.example.lv/{z}/{x}/{y}.png', { z: 12, x: 2321, y: 1277 })).toBe(
			'https://tile.example.lv/12/2321/1277.png'
		);
	});
});

describe('the tile setting', () => {
	it('accepts an http(s) template with {z}, {x} and {y}', () => {
		const osm = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
		expect(tileTemplate(` ${osm} `)).toBe(osm);
		expect(tileOrigin(osm)).toBe('https://tile.openstreetmap.org');
		expect(tileOrigin('http://127.0.0.1:4180/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4180');
	});

	it('refuses anything else, so the map stays plain and the policy stays narrow', () => {
		for (const bad of [
			undefined,
			'',
			'https://tile.example.lv/{z}/{x}.png',
			'javascript:alert(1)//{z}/{x}/{y}',
			'data:image/png,{z}{x}{y}',
			'https://{s}.tile.example.lv/{z}/{x}/{y}.png',
			'not a url {z}/{x}/{y}'
		]) {
			expect(tileTemplate(bad)).toBeNull();
			expect(tileOrigin(bad)).toBeNull();
		}
	});
});
