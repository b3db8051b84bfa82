import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	gridLines,
	project,
	unproject,
	viewFor,
	type LonLat
} from '../../src/lib/components/map/plain-projection';

const inLatvia = fc.tuple(
	fc.double({ min: 20.9, max: 28.3, noNaN: true }),
	fc.double({ min: 55.6, max: 58.1, noNaN: true })
) as fc.Arbitrary<LonLat>;

describe('plain map (no tiles)', () => {
	it('shows every point it was made for inside the picture', () => {
		fc.assert(
			fc.property(fc.array(inLatvia, { minLength: 0, maxLength: 30 }), (points) => {
				const view = viewFor(points);
				for (const p of points) {
					const { x, y } = project(view, p);
					expect(x).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThanOrEqual(view.width);
					expect(y).toBeGreaterThanOrEqual(0);
					expect(y).toBeLessThanOrEqual(view.height);
				}
				expect(Math.max(view.width, view.height)).toBeCloseTo(1000, 6);
			})
		);
	});

	it('gives back the point that was drawn, to about 0.1 m', () => {
		fc.assert(
			fc.property(fc.array(inLatvia, { minLength: 1, maxLength: 10 }), inLatvia, (area, p) => {
				const view = viewFor([...area, p]);
				const { x, y } = project(view, p);
				const [lon, lat] = unproject(view, x, y);
				expect(Math.abs(lon - p[0])).toBeLessThan(1e-6);
				expect(Math.abs(lat - p[1])).toBeLessThan(1e-6);
			})
		);
	});

	it('keeps shapes: a kilometre east and a kilometre north are about as long on the map', () => {
		// Rīga, 56.95° N: 1 km is 0.00899° of latitude and 0.01641° of longitude.
		const centre: LonLat = [24.1, 56.95];
		const view = viewFor([
			[24.0, 56.9],
			[24.2, 57.0]
		]);
		const a = project(view, centre);
		const east = project(view, [centre[0] + 0.01641, centre[1]]);
		const north = project(view, [centre[0], centre[1] + 0.00899]);
		const ratio = Math.abs(east.x - a.x) / Math.abs(north.y - a.y);
		expect(ratio).toBeGreaterThan(0.98);
		expect(ratio).toBeLessThan(1.02);
	});

	it('draws a handful of round grid lines inside the view', () => {
		fc.assert(
			fc.property(fc.array(inLatvia, { minLength: 0, maxLength: 10 }), (points) => {
				const view = viewFor(points);
				const { lons, lats } = gridLines(view);
				expect(lons.length + lats.length).toBeGreaterThan(0);
				expect(Math.max(lons.length, lats.length)).toBeLessThanOrEqual(8);
				for (const lon of lons) {
					expect(lon).toBeGreaterThanOrEqual(view.west);
					expect(lon).toBeLessThanOrEqual(view.east);
				}
				for (const lat of lats) {
					expect(lat).toBeGreaterThanOrEqual(view.south);
					expect(lat).toBeLessThanOrEqual(view.north);
				}
			})
		);
	});
});
