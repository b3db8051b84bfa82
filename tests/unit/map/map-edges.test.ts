import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisLabels, type LonLat, viewFor } from '../../../src/lib/components/map/plain-projection';
import {
	LABEL_WIDTH,
	PLAIN_MARKER_RADIUS,
	plainLayout,
	type TaskPoint
} from '../../../src/lib/components/map/task-map';

const point = (n: number, lat: number, lon: number): TaskPoint => ({
	id: String(n),
	number: n,
	lat,
	lon,
	name: 'x',
	place: 'y',
	href: '/inspections/x',
	muted: false
});

const latLon = fc.tuple(
	fc.double({ min: 55.7, max: 58, noNaN: true }),
	fc.double({ min: 21, max: 28.2, noNaN: true })
);

describe('map markers and labels (issue 13 item 12)', () => {
	it('draws every task marker wholly inside the map, none cut off at an edge', () => {
		fc.assert(
			fc.property(fc.array(latLon, { minLength: 1, maxLength: 30 }), (places) => {
				const layout = plainLayout(places.map(([lat, lon], i) => point(i + 1, lat, lon)));
				for (const { x, y } of layout.placed) {
					expect(x - PLAIN_MARKER_RADIUS).toBeGreaterThanOrEqual(0);
					expect(y - PLAIN_MARKER_RADIUS).toBeGreaterThanOrEqual(0);
					expect(x + PLAIN_MARKER_RADIUS).toBeLessThanOrEqual(layout.view.width);
					expect(y + PLAIN_MARKER_RADIUS).toBeLessThanOrEqual(layout.view.height);
				}
			})
		);
	});

	it('a case seen on the inspector’s phone: tasks a little apart east–west and north–south', () => {
		const layout = plainLayout([point(1, 56.95, 24.05), point(2, 56.98, 24.15)]);
		for (const { x, y } of layout.placed) {
			expect(y - PLAIN_MARKER_RADIUS).toBeGreaterThanOrEqual(0);
			expect(y + PLAIN_MARKER_RADIUS).toBeLessThanOrEqual(layout.view.height);
			expect(x - PLAIN_MARKER_RADIUS).toBeGreaterThanOrEqual(0);
		}
	});

	it('writes no axis label over another', () => {
		const inLatvia = fc.tuple(
			fc.double({ min: 20.9, max: 28.3, noNaN: true }),
			fc.double({ min: 55.6, max: 58.1, noNaN: true })
		) as fc.Arbitrary<LonLat>;
		fc.assert(
			fc.property(fc.array(inLatvia, { minLength: 1, maxLength: 5 }), (points) => {
				const view = viewFor(points);
				const { lons, lats } = axisLabels(view);
				// Longitude labels along the bottom are a label's width apart.
				for (let i = 1; i < lons.length; i++) {
					expect((lons[i]?.x ?? 0) - (lons[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(LABEL_WIDTH);
				}
				// Latitude labels down the left side are a line apart, and clear of the bottom row.
				for (let i = 1; i < lats.length; i++) {
					expect(Math.abs((lats[i]?.y ?? 0) - (lats[i - 1]?.y ?? 0))).toBeGreaterThanOrEqual(36);
				}
				for (const lat of lats) {
					expect(lat.y).toBeLessThanOrEqual(view.height - 44);
				}
			})
		);
	});
});
