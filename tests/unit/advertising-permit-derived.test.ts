import { describe, expect, it } from 'vitest';
import { companyPrefill, permitLocation } from '../../src/lib/services/advertising-permit/derived';

describe('derived location', () => {
	it('gives the marked point in LKS-92 too, X (northing) first', () => {
		// The Rīga point of tests/unit/lks92.test.ts (GeoTools, EPSG database).
		const place = permitLocation({ point: { lat: 56.88606546818168, lon: 24.244472425243256 } });
		expect(place?.lks92.easting).toBeCloseTo(514896.517, 3);
		expect(place?.lks92.northing).toBeCloseTo(304729.996, 3);
		expect(place?.lks92Text).toBe('X 304730,00; Y 514896,52');
	});

	it('is null without a point, or for a point outside Latvia', () => {
		expect(permitLocation({})).toBeNull();
		expect(permitLocation({ point: null })).toBeNull();
		expect(permitLocation({ point: { lat: 59.437, lon: 24.7536 } })).toBeNull(); // Tallinn
	});
});

describe('company prefill', () => {
	it('fills in the company of a UR: session', () => {
		expect(companyPrefill({ kind: 'company', registrationNumber: '40003030007' })).toEqual({
			applicantType: 'company',
			registrationNumber: '40003030007'
		});
	});

	it('fills in nothing for a person, an institution or no session', () => {
		expect(companyPrefill({ kind: 'person' })).toEqual({});
		expect(companyPrefill({ kind: 'institution' })).toEqual({});
		expect(companyPrefill(null)).toEqual({});
		expect(companyPrefill(undefined)).toEqual({});
	});
});
