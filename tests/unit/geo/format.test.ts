import { describe, expect, it } from 'vitest';
import { formatCoordinates } from '../../../src/lib/domain/geo/format';

describe('formatCoordinates', () => {
	// The Rīga point of tests/unit/lks92.test.ts (GeoTools with the EPSG database):
	// easting 514896.517…, northing 304729.996… ↔ 56.88606546818168° N, 24.244472425243256° E.
	const riga = { lat: 56.88606546818168, lon: 24.244472425243256 };

	it('shows WGS84 to six decimals and LKS-92 X/Y to the centimetre, in English', () => {
		expect(formatCoordinates(riga, 'en')).toEqual({
			wgs84: '56.886065° N, 24.244472° E',
			lks92: 'X 304730,00; Y 514896,52',
			plain: '56.886065,24.244472'
		});
	});

	it('uses Latvian hemisphere letters and a decimal comma in Latvian', () => {
		expect(formatCoordinates(riga, 'lv')).toEqual({
			wgs84: '56,886065° Z; 24,244472° A',
			lks92: 'X 304730,00; Y 514896,52',
			plain: '56.886065,24.244472'
		});
	});

	it('gives no LKS-92 outside EPSG:3059’s area, and S/W (D/R) hemispheres', () => {
		const ny = { lat: 40.748817, lon: -73.985428 };
		expect(formatCoordinates(ny, 'en')).toMatchObject({
			wgs84: '40.748817° N, 73.985428° W',
			lks92: null
		});
		expect(formatCoordinates({ lat: -33.8568, lon: 151.2153 }, 'lv').wgs84).toBe(
			'33,856800° D; 151,215300° A'
		);
	});

	it('does not print a hemisphere for a value that rounds to zero', () => {
		expect(formatCoordinates({ lat: -0.0000001, lon: -0.0000002 }, 'en').wgs84).toBe(
			'0.000000° N, 0.000000° E'
		);
		expect(formatCoordinates({ lat: 1e-7, lon: -1e-7 }, 'en').plain).toBe('0.000000,0.000000');
	});
});
