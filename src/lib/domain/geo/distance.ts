import type { Wgs84Point } from '../lks92';

/**
 * The distance on the ground between two WGS84 points, in metres: Vincenty's inverse formula
 * on the WGS84 ellipsoid (T. Vincenty, "Direct and inverse solutions of geodesics on the
 * ellipsoid with application of nested equations", Survey Review 23(176), 1975).
 *
 * Why Vincenty and not haversine: a sphere of mean radius is off by up to about 0.35 % at
 * Latvia's latitudes (an east–west line is that much longer on the ellipsoid, whose prime
 * vertical radius there is ~6 393 km against the sphere's 6 371 km; a north–south one about
 * 0.15 % shorter), i.e. 18 cm on a 50 m check and several metres across a town. That would do for
 * a warning, but Vincenty is as cheap here (a few iterations), needs no library, is good to
 * well under a millimetre, and lets the same function be checked against published survey
 * values. GRS80 (LKS-92's ellipsoid) and WGS84 differ only in the flattening's 10th digit,
 * which moves a distance in Latvia by far less than a millimetre.
 *
 * Vincenty's iteration fails to converge only for nearly antipodal points (never two points
 * of one inspection); there the spherical great-circle distance is returned instead, which is
 * within 0.5 % of the truth. Inputs are not validated here: parse them with the schemas in
 * ./position.ts at the boundary; NaN in gives NaN out.
 */
export function distanceMetres(a: Wgs84Point, b: Wgs84Point): number {
	return vincentyInverse(a, b) ?? greatCircleMetres(a, b);
}

/** WGS84: semi-major axis (m) and flattening. */
const A = 6_378_137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
/** The mean radius (2a + b) / 3 of the IUGG, for the spherical fallback. */
export const MEAN_EARTH_RADIUS = (2 * A + B) / 3;

const RAD = Math.PI / 180;
const MAX_ITERATIONS = 200;
/** About 0.006 mm on the ground: beyond this, further iterations change nothing we print. */
const LAMBDA_TOLERANCE = 1e-12;

/** Vincenty's inverse; null when it does not converge (nearly antipodal points). */
export function vincentyInverse(a: Wgs84Point, b: Wgs84Point): number | null {
	const L = (b.lon - a.lon) * RAD;
	const U1 = Math.atan((1 - F) * Math.tan(a.lat * RAD));
	const U2 = Math.atan((1 - F) * Math.tan(b.lat * RAD));
	const sinU1 = Math.sin(U1);
	const cosU1 = Math.cos(U1);
	const sinU2 = Math.sin(U2);
	const cosU2 = Math.cos(U2);

	let lambda = L;
	for (let i = 0; i < MAX_ITERATIONS; i++) {
		const sinLambda = Math.sin(lambda);
		const cosLambda = Math.cos(lambda);
		const sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
		if (sinSigma === 0) {
			return 0;
		} // the same point
		const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
		const sigma = Math.atan2(sinSigma, cosSigma);
		const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
		const cosSqAlpha = 1 - sinAlpha * sinAlpha;
		// On the equator cos²α = 0 and the term is taken as 0 (Vincenty's note on eq. 6).
		const cos2SigmaM = cosSqAlpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha;
		const C = (F / 16) * cosSqAlpha * (4 + F * (4 - 3 * cosSqAlpha));
		const previous = lambda;
		lambda =
			L +
			(1 - C) *
				F *
				sinAlpha *
				(sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
		if (Math.abs(lambda) > Math.PI) {
			return null;
		} // diverging: the antipodal case
		if (Math.abs(lambda - previous) < LAMBDA_TOLERANCE) {
			const uSq = (cosSqAlpha * (A * A - B * B)) / (B * B);
			const bigA = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
			const bigB = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
			const deltaSigma =
				bigB *
				sinSigma *
				(cos2SigmaM +
					(bigB / 4) *
						(cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
							(bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
			return B * bigA * (sigma - deltaSigma);
		}
	}
	return null;
}

/** Haversine on a sphere of the mean radius: the fallback, good to about 0.5 %. */
export function greatCircleMetres(a: Wgs84Point, b: Wgs84Point): number {
	const dLat = (b.lat - a.lat) * RAD;
	const dLon = (b.lon - a.lon) * RAD;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * MEAN_EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}
