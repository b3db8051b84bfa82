import { z } from 'zod';
import { distanceMetres } from './distance';
import type { geoLv } from './geo-messages';

/**
 * "Warn when more than a set distance from the permitted point" and "a position with poor
 * accuracy gets a clear message" (issue 7). Pure: the inspection form calls it with what
 * navigator.geolocation gave and the limits from the municipality's settings.
 */

export type GeoMessageKey = keyof typeof geoLv;
/** A catalogue key and its parameters, ready for locale.t(key, params). */
export type GeoMessage = { key: GeoMessageKey; params: Record<string, number> };

const POINT = { error: 'geo.point.invalid' } as const;
const ACCURACY = { error: 'geo.accuracy.invalid' } as const;
const LIMIT = { error: 'geo.limit.invalid' } as const;

/** A WGS84 point in degrees. zod 4's number already refuses NaN and ±Infinity. */
export const zWgs84Point = z.object({
	lat: z.number(POINT).min(-90, POINT).max(90, POINT),
	lon: z.number(POINT).min(-180, POINT).max(180, POINT)
});

/** A measured position: the point and the radius (m, 68 % per the W3C spec) it lies within. */
export const zMeasuredPosition = zWgs84Point.extend({
	accuracyMetres: z.number(ACCURACY).min(0, ACCURACY)
});
export type MeasuredPosition = z.infer<typeof zMeasuredPosition>;

export const zPositionCheckInput = z.object({
	permitted: zWgs84Point,
	measured: zMeasuredPosition,
	// Positive and bounded: a limit of 0 could never be met, one of 100 km checks nothing.
	maxDistanceMetres: z.number(LIMIT).positive(LIMIT).max(100_000, LIMIT),
	maxAccuracyMetres: z.number(LIMIT).positive(LIMIT).max(100_000, LIMIT)
});
export type PositionCheckInput = z.infer<typeof zPositionCheckInput>;

export type PositionCheck = {
	distanceMetres: number;
	/** Farther from the permitted point than allowed (as measured; see poorAccuracy). */
	tooFar: boolean;
	/** The device's accuracy radius is larger than allowed: the distance is not to be trusted. */
	poorAccuracy: boolean;
	/**
	 * What to show, most important first: poor accuracy comes before "too far" because it
	 * explains it; "ok" only when neither applies. Numbers are whole metres (rounded up for
	 * accuracy and the distance when warning, so a message never understates the problem).
	 */
	messages: GeoMessage[];
};

export function positionCheck(input: PositionCheckInput): PositionCheck {
	const { permitted, measured, maxDistanceMetres, maxAccuracyMetres } = input;
	const distance = distanceMetres(permitted, measured);
	const tooFar = distance > maxDistanceMetres;
	const poorAccuracy = measured.accuracyMetres > maxAccuracyMetres;
	const messages: GeoMessage[] = [];
	if (poorAccuracy) {
		messages.push({
			key: 'geo.position.poorAccuracy',
			params: { accuracy: Math.ceil(measured.accuracyMetres), max: maxAccuracyMetres }
		});
	}
	if (tooFar) {
		messages.push({
			key: 'geo.position.tooFar',
			params: { distance: Math.ceil(distance), max: maxDistanceMetres }
		});
	}
	if (!poorAccuracy && !tooFar) {
		messages.push({
			key: 'geo.position.ok',
			params: { distance: Math.round(distance), accuracy: Math.ceil(measured.accuracyMetres) }
		});
	}
	return { distanceMetres: distance, tooFar, poorAccuracy, messages };
}

/**
 * Parses and checks untrusted input (a synced record, a form): a zod failure becomes the
 * first issue's catalogue key, so a bad value gets a clear message rather than an exception.
 */
export function safePositionCheck(
	input: unknown
): { ok: true; check: PositionCheck } | { ok: false; message: GeoMessageKey } {
	const parsed = zPositionCheckInput.safeParse(input);
	if (!parsed.success) {
		return { ok: false, message: issueKey(parsed.error) };
	}
	return { ok: true, check: positionCheck(parsed.data) };
}

/**
 * The subset of GeolocationCoordinates used here (a structural type, so tests and the
 * server need no DOM lib). A browser may hand over NaN or null for a failed fix.
 */
export type GeolocationLike = { latitude: number; longitude: number; accuracy: number | null };

export function measuredFromGeolocation(
	coords: GeolocationLike
): { ok: true; position: MeasuredPosition } | { ok: false; message: GeoMessageKey } {
	const parsed = zMeasuredPosition.safeParse({
		lat: coords.latitude,
		lon: coords.longitude,
		accuracyMetres: coords.accuracy
	});
	if (!parsed.success) {
		return { ok: false, message: 'geo.position.unavailable' };
	}
	return { ok: true, position: parsed.data };
}

function issueKey(error: z.ZodError): GeoMessageKey {
	const first = error.issues[0]?.message;
	const known: GeoMessageKey[] = ['geo.point.invalid', 'geo.accuracy.invalid', 'geo.limit.invalid'];
	return known.find((key) => key === first) ?? 'geo.point.invalid';
}
