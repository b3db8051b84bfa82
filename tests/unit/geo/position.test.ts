import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	measuredFromGeolocation,
	positionCheck,
	safePositionCheck
} from '../../../src/lib/domain/geo/position';
import { geoEn, geoLv } from '../../../src/lib/domain/geo/geo-messages';

// Brīvības piemineklis, Rīga; 0.0001° of latitude is about 11.1 m on the ground.
const permitted = { lat: 56.951508, lon: 24.113298 };
const limits = { maxDistanceMetres: 30, maxAccuracyMetres: 20 };

describe('positionCheck', () => {
	it('is ok near the permitted point with good accuracy', () => {
		const check = positionCheck({
			permitted,
			measured: { lat: permitted.lat + 0.0001, lon: permitted.lon, accuracyMetres: 5 },
			...limits
		});
		expect(check.distanceMetres).toBeCloseTo(11.13, 1);
		expect(check).toMatchObject({ tooFar: false, poorAccuracy: false });
		expect(check.messages).toEqual([
			{ key: 'geo.position.ok', params: { distance: 11, accuracy: 5 } }
		]);
	});

	it('warns when farther than the set distance', () => {
		const check = positionCheck({
			permitted,
			measured: { lat: permitted.lat + 0.001, lon: permitted.lon, accuracyMetres: 4 },
			...limits
		});
		expect(check.tooFar).toBe(true);
		expect(check.poorAccuracy).toBe(false);
		expect(check.messages).toEqual([
			{ key: 'geo.position.tooFar', params: { distance: 112, max: 30 } }
		]);
	});

	it('says accuracy is poor, before "too far" which it explains', () => {
		const check = positionCheck({
			permitted,
			measured: { lat: permitted.lat + 0.001, lon: permitted.lon, accuracyMetres: 150.2 },
			...limits
		});
		expect(check.messages.map((m) => m.key)).toEqual([
			'geo.position.poorAccuracy',
			'geo.position.tooFar'
		]);
		expect(check.messages[0]?.params).toEqual({ accuracy: 151, max: 20 });
	});

	it('treats exactly the limit as allowed', () => {
		const check = positionCheck({
			permitted,
			measured: { ...permitted, accuracyMetres: 20 },
			...limits
		});
		expect(check).toMatchObject({ distanceMetres: 0, tooFar: false, poorAccuracy: false });
	});

	it('flags tooFar exactly when the distance exceeds the limit (property)', () => {
		const offset = fc.double({ min: -0.01, max: 0.01, noNaN: true });
		fc.assert(
			fc.property(
				offset,
				offset,
				fc.double({ min: 0, max: 500, noNaN: true }),
				(dLat, dLon, acc) => {
					const measured = {
						lat: permitted.lat + dLat,
						lon: permitted.lon + dLon,
						accuracyMetres: acc
					};
					const check = positionCheck({ permitted, measured, ...limits });
					expect(check.tooFar).toBe(check.distanceMetres > limits.maxDistanceMetres);
					expect(check.poorAccuracy).toBe(acc > limits.maxAccuracyMetres);
					expect(check.messages.length).toBeGreaterThan(0);
					for (const m of check.messages) {
						expect(geoLv[m.key]).toBeTruthy();
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('bad input gets a clear message, not an exception', () => {
	const good = { permitted, measured: { ...permitted, accuracyMetres: 5 }, ...limits };

	it('accepts good input', () => {
		const result = safePositionCheck(good);
		expect(result.ok).toBe(true);
	});

	it.each([
		['a latitude beyond 90°', { ...good, permitted: { lat: 91, lon: 24 } }, 'geo.point.invalid'],
		['a NaN longitude', { ...good, permitted: { lat: 56, lon: Number.NaN } }, 'geo.point.invalid'],
		[
			'a string for a coordinate',
			{ ...good, permitted: { lat: '56', lon: 24 } },
			'geo.point.invalid'
		],
		[
			'a negative accuracy',
			{ ...good, measured: { ...permitted, accuracyMetres: -1 } },
			'geo.accuracy.invalid'
		],
		['a missing accuracy', { ...good, measured: { ...permitted } }, 'geo.accuracy.invalid'],
		[
			'an infinite accuracy',
			{ ...good, measured: { ...permitted, accuracyMetres: Infinity } },
			'geo.accuracy.invalid'
		],
		['a zero distance limit', { ...good, maxDistanceMetres: 0 }, 'geo.limit.invalid'],
		['no limits at all', { permitted, measured: good.measured }, 'geo.limit.invalid']
	])('%s', (_label, input, message) => {
		expect(safePositionCheck(input)).toEqual({ ok: false, message });
	});
});

describe('measuredFromGeolocation', () => {
	it('takes latitude, longitude and accuracy from GeolocationCoordinates', () => {
		expect(measuredFromGeolocation({ latitude: 56.95, longitude: 24.11, accuracy: 12.5 })).toEqual({
			ok: true,
			position: { lat: 56.95, lon: 24.11, accuracyMetres: 12.5 }
		});
	});

	it('refuses a fix without accuracy or with NaN coordinates', () => {
		const unavailable = { ok: false, message: 'geo.position.unavailable' };
		expect(measuredFromGeolocation({ latitude: 56.95, longitude: 24.11, accuracy: null })).toEqual(
			unavailable
		);
		expect(
			measuredFromGeolocation({ latitude: Number.NaN, longitude: 24.11, accuracy: 3 })
		).toEqual(unavailable);
	});
});

describe('messages', () => {
	it('has every key in both languages, with the same placeholders', () => {
		expect(Object.keys(geoEn).sort()).toEqual(Object.keys(geoLv).sort());
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(geoLv) as (keyof typeof geoLv)[]) {
			expect(placeholders(geoEn[key]), key).toEqual(placeholders(geoLv[key]));
		}
	});
});
