import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	LATVIA_EXTENT,
	formatLks92,
	fromLks92,
	isInLatviaExtent,
	toLks92
} from '../../src/lib/domain/lks92';

describe('WGS84 → LKS-92 / Latvia TM (EPSG:3059)', () => {
	it('puts the false origin where the definition does (equator on 24° E)', () => {
		// EPSG:3059: latitude of origin 0°, central meridian 24° E, false easting 500 000 m,
		// false northing −6 000 000 m (epsg.io/3059; BKG CRS-EU "LV_LKS-92 / LV_TM").
		const origin = toLks92({ lat: 0, lon: 24 });
		expect(origin.easting).toBeCloseTo(500000, 6);
		expect(origin.northing).toBeCloseTo(-6000000, 6);
	});

	it('gives easting 500 000 m anywhere on the central meridian', () => {
		for (const lat of [55.7, 56.95, 58.05]) {
			expect(toLks92({ lat, lon: 24 }).easting).toBeCloseTo(500000, 6);
		}
	});

	// Latvia's extreme points as published by the Latvian Geospatial Information Agency's
	// place-name database (vietas.lv, "Latvijas galējie punkti"), LKS-92 to the whole metre,
	// with the WGS84 values listed beside them in github.com/arvislacis/lks92-wgs84 README.
	const extremes = [
		{ name: 'Baltās naktis (N)', lat: 58.079501574948, lon: 25.189986971284, x: 438180, y: 570181 },
		{ name: 'Austras koks (E)', lat: 56.172282784562, lon: 28.095216442873, x: 232806, y: 754190 },
		{ name: 'Saules puķe (S)', lat: 55.675228242509, lon: 26.580528487143, x: 172953, y: 662269 },
		{ name: 'Zaļais stars (W)', lat: 56.377008455189, lon: 20.979185882058, x: 252137, y: 313470 }
	];
	for (const p of extremes) {
		it(`matches the published coordinates of ${p.name} to the centimetre`, () => {
			const lks = toLks92({ lat: p.lat, lon: p.lon });
			expect(Math.abs(lks.northing - p.x)).toBeLessThan(0.01);
			expect(Math.abs(lks.easting - p.y)).toBeLessThan(0.01);
		});

		it(`takes the published grid coordinates of ${p.name} back to its WGS84 within a centimetre`, () => {
			const wgs = fromLks92({ northing: p.x, easting: p.y });
			// Degrees → metres on the ground (a degree of latitude is about 111.3 km).
			const north = (wgs.lat - p.lat) * 111_320;
			const east = (wgs.lon - p.lon) * 111_320 * Math.cos((p.lat * Math.PI) / 180);
			expect(Math.hypot(north, east)).toBeLessThan(0.01);
		});
	}

	it('matches a Rīga point converted by GeoTools with the EPSG database', () => {
		// Cadastral designation 0100 126 0033 002 (0100 = Rīga): EPSG:3059 easting 514896.517…,
		// northing 304729.996… → 56.88606546818168° N, 24.244472425243256° E, asserted with
		// GeoTools CRS.decode("EPSG:3059") in a public test (lv.cadastre.demo,
		// CadastreImporterTest.knownProjectedCentroidTransformsWithCorrectAxisOrder).
		const wgs = fromLks92({ easting: 514896.51737950393, northing: 304729.99573373026 });
		expect(wgs.lat).toBeCloseTo(56.88606546818168, 9);
		expect(wgs.lon).toBeCloseTo(24.244472425243256, 9);
		// And forward again, to the millimetre.
		const lks = toLks92({ lat: 56.88606546818168, lon: 24.244472425243256 });
		expect(Math.abs(lks.easting - 514896.51737950393)).toBeLessThan(0.001);
		expect(Math.abs(lks.northing - 304729.99573373026)).toBeLessThan(0.001);
	});

	it('agrees with the centre of EPSG:3059 printed by epsg.io within a decimetre', () => {
		// epsg.io/3059: WGS84 bounds 19.06–28.24° E, 55.67–58.09° N; "Center coordinates
		// 478669.96 304082.69" (easting, northing). Its centre is worked out from rounded bounds,
		// so only a decimetre is asked for here; the points above test the centimetre.
		const centre = toLks92({ lat: 56.88, lon: 23.65 });
		expect(Math.abs(centre.easting - 478669.96)).toBeLessThan(0.1);
		expect(Math.abs(centre.northing - 304082.69)).toBeLessThan(0.1);
	});
});

describe('round trip', () => {
	it('comes back within 1 mm anywhere in Latvia’s extent', () => {
		const latvia = fc.record({
			lat: fc.double({ min: LATVIA_EXTENT.south, max: LATVIA_EXTENT.north, noNaN: true }),
			lon: fc.double({ min: LATVIA_EXTENT.west, max: LATVIA_EXTENT.east, noNaN: true })
		});
		fc.assert(
			fc.property(latvia, (point) => {
				const lks = toLks92(point);
				const back = fromLks92(lks);
				// On the ground: a degree of latitude is about 111.3 km, of longitude that times cos φ.
				const northError = (back.lat - point.lat) * 111_320;
				const eastError = (back.lon - point.lon) * 111_320 * Math.cos((point.lat * Math.PI) / 180);
				expect(Math.hypot(northError, eastError)).toBeLessThan(0.001);
				// And the other way round: grid → WGS84 → grid.
				const again = toLks92(back);
				expect(Math.hypot(again.northing - lks.northing, again.easting - lks.easting)).toBeLessThan(
					0.001
				);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('helpers', () => {
	it('formats X (northing) then Y (easting) to the centimetre with a decimal comma', () => {
		expect(formatLks92({ northing: 304729.99573, easting: 514896.51738 })).toBe(
			'X 304730,00; Y 514896,52'
		);
	});

	it('knows Latvia’s extent', () => {
		expect(isInLatviaExtent({ lat: 56.95, lon: 24.1 })).toBe(true);
		expect(isInLatviaExtent({ lat: 59.44, lon: 24.75 })).toBe(false); // Tallinn
		expect(isInLatviaExtent({ lat: 54.69, lon: 25.28 })).toBe(false); // Vilnius
	});
});
