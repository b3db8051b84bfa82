import { z } from 'zod';
import {
	measuredFromGeolocation,
	safePositionCheck,
	type GeoMessage
} from '../../domain/geo/position';
import type { DevicePosition, InspectionView } from '../../domain/inspection';

/**
 * "Position captured from the device (navigator.geolocation, with accuracy; warn when more
 * than a set distance from the permitted point)" (issue 7). A warning never throws the
 * position away: the inspector sees why it may be wrong and may measure again.
 */

/** How long a fix may take: GPS under open sky needs seconds; a cold start longer. */
export const LOCATE_TIMEOUT_MS = 30_000;

/** A report has no settings of its own on the device: warn above this accuracy radius. */
export const REPORT_MAX_ACCURACY_METRES = 50;

export type LocateProblem =
	| 'inspection.form.locate.denied'
	| 'inspection.form.locate.unavailable'
	| 'inspection.form.locate.timeout'
	| 'inspection.form.locate.unsupported';

export type LocateResult =
	{ ok: true; position: DevicePosition } | { ok: false; message: LocateProblem };

/** The part of navigator.geolocation used here, so tests can pass their own. */
export type GeolocationSource = Pick<Geolocation, 'getCurrentPosition'>;

/** W3C Geolocation error codes. */
const PERMISSION_DENIED = 1;
const TIMEOUT = 3;

export function locate(
	source: GeolocationSource | null = typeof navigator === 'undefined'
		? null
		: (navigator.geolocation ?? null),
	now: () => number = Date.now
): Promise<LocateResult> {
	if (!source) {
		return Promise.resolve({ ok: false, message: 'inspection.form.locate.unsupported' });
	}
	return new Promise((resolve) => {
		source.getCurrentPosition(
			(fix) => {
				const measured = measuredFromGeolocation(fix.coords);
				if (!measured.ok) {
					resolve({ ok: false, message: 'inspection.form.locate.unavailable' });
					return;
				}
				// The fix's own time when the browser gives a sane one (a cached fix is older).
				const at = Number.isFinite(fix.timestamp) && fix.timestamp > 0 ? fix.timestamp : now();
				resolve({ ok: true, position: { ...measured.position, at: Math.floor(at) } });
			},
			(error) => {
				resolve({
					ok: false,
					message:
						error.code === PERMISSION_DENIED
							? 'inspection.form.locate.denied'
							: error.code === TIMEOUT
								? 'inspection.form.locate.timeout'
								: 'inspection.form.locate.unavailable'
				});
			},
			// maximumAge 0: an inspector standing at a new site needs a new fix, not the last one.
			{ enableHighAccuracy: true, timeout: LOCATE_TIMEOUT_MS, maximumAge: 0 }
		);
	});
}

export type PositionWarnings = {
	/** Whole metres from the permitted point, or null when the task has none. */
	distanceMetres: number | null;
	tooFar: boolean;
	poorAccuracy: boolean;
	messages: GeoMessage[];
};

/**
 * The messages for a measured position: against the task's permitted point and limits, or
 * (a report, or a task whose subject has no point) the accuracy alone.
 */
export function positionWarnings(
	position: DevicePosition,
	view: Pick<InspectionView, 'subject' | 'limits'> | null,
	reportMaxAccuracy: number = REPORT_MAX_ACCURACY_METRES
): PositionWarnings {
	const { lat, lon } = view?.subject ?? { lat: null, lon: null };
	if (view && lat !== null && lon !== null) {
		const checked = safePositionCheck({
			permitted: { lat, lon },
			measured: position,
			maxDistanceMetres: view.limits.maxDistanceMetres,
			maxAccuracyMetres: view.limits.maxAccuracyMetres
		});
		if (checked.ok) {
			const { check } = checked;
			return {
				distanceMetres: Math.round(check.distanceMetres),
				tooFar: check.tooFar,
				poorAccuracy: check.poorAccuracy,
				messages: check.messages
			};
		}
	}
	const max = view?.limits.maxAccuracyMetres ?? reportMaxAccuracy;
	const poorAccuracy = position.accuracyMetres > max;
	return {
		distanceMetres: null,
		tooFar: false,
		poorAccuracy,
		messages: poorAccuracy
			? [
					{
						key: 'geo.position.poorAccuracy',
						params: { accuracy: Math.ceil(position.accuracyMetres), max }
					}
				]
			: []
	};
}

const zAccuracySetting = z.object({
	inspection: z.object({ maxAccuracyMetres: z.number().positive() })
});

/**
 * The municipality's accuracy limit from its permit settings as the device last fetched them
 * (reference data, so offline too); undefined when it has none, and the fixed limit applies.
 */
export function accuracyLimitFrom(settings: unknown): number | undefined {
	const parsed = zAccuracySetting.safeParse(settings);
	return parsed.success ? parsed.data.inspection.maxAccuracyMetres : undefined;
}
