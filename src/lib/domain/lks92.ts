import proj4 from 'proj4';

/**
 * WGS84 ⇄ LKS-92 / Latvia TM (EPSG:3059), the national grid in which Latvian municipalities,
 * the State Land Service and the heritage register keep their maps.
 *
 * The definition is EPSG:3059 as published by the EPSG registry (epsg.io/3059) and the BKG
 * CRS-EU description of LV_LKS-92 / LV_TM: Transverse Mercator on GRS 1980, latitude of origin
 * 0°, central meridian 24° E, scale 0.9996, false easting 500 000 m, false northing
 * −6 000 000 m. LKS-92 is a realisation of ETRS89, so towgs84 is zero: the few decimetres
 * between ETRS89 and today's WGS84 are below what a point tapped on a phone map can tell.
 */
const EPSG_3059 =
	'+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=-6000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

const converter = proj4('WGS84', EPSG_3059);

export type Wgs84Point = { lat: number; lon: number };

/**
 * A point in LKS-92 / Latvia TM, in metres. Latvian surveyors call the northing X and the
 * easting Y (the EPSG axis order: northing, easting), so the names here say which is which.
 */
export type Lks92Point = { northing: number; easting: number };

/** EPSG:3059's area of use (Latvia, onshore and offshore), in WGS84 degrees. */
export const LATVIA_EXTENT = { south: 55.67, west: 19.06, north: 58.09, east: 28.24 } as const;

export function isInLatviaExtent(point: Wgs84Point): boolean {
	return (
		point.lat >= LATVIA_EXTENT.south &&
		point.lat <= LATVIA_EXTENT.north &&
		point.lon >= LATVIA_EXTENT.west &&
		point.lon <= LATVIA_EXTENT.east
	);
}

export function toLks92(point: Wgs84Point): Lks92Point {
	const [easting, northing] = converter.forward([point.lon, point.lat]);
	return { northing: northing ?? Number.NaN, easting: easting ?? Number.NaN };
}

export function fromLks92(point: Lks92Point): Wgs84Point {
	const [lon, lat] = converter.inverse([point.easting, point.northing]);
	return { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
}

/**
 * "X 312345,67; Y 506789,01", to the centimetre, as on Latvian survey plans (X is the
 * northing). The decimal comma is used in both languages: it is how the numbers are printed
 * on the plans an officer compares them with.
 */
export function formatLks92(point: Lks92Point): string {
	return `X ${metres(point.northing)}; Y ${metres(point.easting)}`;
}

function metres(value: number): string {
	return value.toFixed(2).replace('.', ',');
}
