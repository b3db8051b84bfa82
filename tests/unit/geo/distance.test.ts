import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	distanceMetres,
	greatCircleMetres,
	MEAN_EARTH_RADIUS,
	vincentyInverse
} from '../../../src/lib/domain/geo/distance';
import { LATVIA_EXTENT, toLks92 } from '../../../src/lib/domain/lks92';

/** Degrees, minutes, seconds → decimal degrees (sign taken from the degrees). */
function dms(d: number, m: number, s: number): number {
	return Math.sign(d) * (Math.abs(d) + m / 60 + s / 3600);
}

describe('distanceMetres (Vincenty inverse on WGS84)', () => {
	it('gives the published Flinders Peak – Buninyong distance to the millimetre', () => {
		// The worked example of Geoscience Australia's "Vincenty's inverse formula" (GDA
		// Technical Manual; also Vincenty's own test line form): GRS80, 54 972.271 m.
		const flindersPeak = { lat: dms(-37, 57, 3.7203), lon: dms(144, 25, 29.5244) };
		const buninyong = { lat: dms(-37, 39, 10.1561), lon: dms(143, 55, 35.3839) };
		expect(Math.abs(distanceMetres(flindersPeak, buninyong) - 54_972.271)).toBeLessThan(0.001);
	});

	it('agrees with the LKS-92 meridian arc on 24° E (grid northing ÷ scale 0.9996)', () => {
		// On the central meridian a Transverse Mercator grid is the meridian arc times k0
		// exactly, so proj4's independent series gives a check inside Latvia.
		const south = { lat: 56.0, lon: 24 };
		const north = { lat: 57.5, lon: 24 };
		const arc = (toLks92(north).northing - toLks92(south).northing) / 0.9996;
		expect(Math.abs(distanceMetres(south, north) - arc)).toBeLessThan(0.001);
	});

	it('measures a short step on the ground as a surveyor would (1″ of latitude ≈ 30.9 m)', () => {
		const here = { lat: 56.9496, lon: 24.1052 };
		const oneSecondNorth = { lat: here.lat + 1 / 3600, lon: here.lon };
		expect(distanceMetres(here, oneSecondNorth)).toBeCloseTo(30.93, 2);
	});

	it('is zero for the same point, and on the equator too', () => {
		expect(distanceMetres({ lat: 56.9, lon: 24.1 }, { lat: 56.9, lon: 24.1 })).toBe(0);
		// Along the equator: a/360 of the circumference per degree (cos²α = 0 branch).
		expect(distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(
			(2 * Math.PI * 6_378_137) / 360,
			3
		);
	});

	it('falls back to the great circle for nearly antipodal points, where Vincenty fails', () => {
		const a = { lat: 0, lon: 0 };
		const b = { lat: 0.5, lon: 179.7 };
		expect(vincentyInverse(a, b)).toBeNull();
		const d = distanceMetres(a, b);
		expect(d).toBe(greatCircleMetres(a, b));
		expect(d).toBeGreaterThan(0.99 * Math.PI * MEAN_EARTH_RADIUS);
	});

	it('differs from the spherical haversine by at most 0.4 % across Latvia (the bound in docs)', () => {
		fc.assert(
			fc.property(latvia(), latvia(), (a, b) => {
				const ellipsoid = distanceMetres(a, b);
				fc.pre(ellipsoid > 1);
				expect(Math.abs(greatCircleMetres(a, b) - ellipsoid) / ellipsoid).toBeLessThan(0.004);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('distanceMetres properties', () => {
	it('is symmetric (to a micrometre) anywhere on Earth', () => {
		fc.assert(
			fc.property(anywhere(), anywhere(), (a, b) => {
				expect(Math.abs(distanceMetres(a, b) - distanceMetres(b, a))).toBeLessThan(1e-6);
			}),
			{ numRuns: 500 }
		);
	});

	it('is zero for equal points and positive otherwise', () => {
		fc.assert(
			fc.property(anywhere(), (a) => {
				expect(distanceMetres(a, { ...a })).toBe(0);
				const moved = { lat: a.lat > 0 ? a.lat - 0.001 : a.lat + 0.001, lon: a.lon };
				expect(distanceMetres(a, moved)).toBeGreaterThan(0);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps the triangle inequality (within a millimetre) in and around Latvia', () => {
		// Geodesic distance is a metric; Vincenty is good to well under 1 mm, hence the slack.
		fc.assert(
			fc.property(latvia(), latvia(), latvia(), (a, b, c) => {
				expect(distanceMetres(a, c)).toBeLessThanOrEqual(
					distanceMetres(a, b) + distanceMetres(b, c) + 0.001
				);
			}),
			{ numRuns: 500 }
		);
	});
});

function latvia() {
	return fc.record({
		lat: fc.double({ min: LATVIA_EXTENT.south, max: LATVIA_EXTENT.north, noNaN: true }),
		lon: fc.double({ min: LATVIA_EXTENT.west, max: LATVIA_EXTENT.east, noNaN: true })
	});
}

function anywhere() {
	return fc.record({
		lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true })
	});
}
