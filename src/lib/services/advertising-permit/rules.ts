import { isIsoDate, parseDecimal } from '../engine/formats';
import { sameRegistrationNumber } from '../../domain/registration-number';
import type { Answers, Issue, MunicipalContext } from '../types';
import { isPermitKind, type PermitKind } from './kinds';
import type { Boundary, PermitSettings } from './settings';

/** Field names the rules and the fee read (the definition's steps use the same names). */
export const F = {
	kind: 'permitKind',
	point: 'point',
	zone: 'zone',
	nearMonument: 'nearMonument',
	width: 'width',
	height: 'height',
	from: 'dateFrom',
	to: 'dateTo'
} as const;

/** Kinds whose permit has its own period; a design change keeps the existing permit's. */
export function hasPeriod(kind: unknown): boolean {
	return kind !== 'designChange';
}

export function kindOf(answers: Answers): PermitKind | null {
	const kind = answers[F.kind];
	return isPermitKind(kind) ? kind : null;
}

/** The days a period covers, both ends counted (1 June–1 June = 1 day); null if not dates. */
export function periodDays(from: unknown, to: unknown): number | null {
	if (typeof from !== 'string' || typeof to !== 'string') {
		return null;
	}
	if (!isIsoDate(from.trim()) || !isIsoDate(to.trim())) {
		return null;
	}
	const ms = Date.parse(`${to.trim()}T00:00:00Z`) - Date.parse(`${from.trim()}T00:00:00Z`);
	return Math.round(ms / 86_400_000) + 1;
}

/**
 * Width × height in hundredths of a square metre, the precision the form shows (2,47 m²) and
 * the fee uses, so the formula a person reads is the one that was computed. Null unless both
 * are positive numbers.
 */
export function areaHundredths(answers: Answers): number | null {
	const width = parseDecimal(answers[F.width]);
	const height = parseDecimal(answers[F.height]);
	if (width === null || height === null || width <= 0 || height <= 0) {
		return null;
	}
	// toFixed first: 0.1 × 0.3 × 100 is 3.0000000000000004 in binary floating point.
	return Math.round(Number((width * height * 100).toFixed(6)));
}

/** "2,4" / "2.4": an area in m² as the language writes it, without trailing zeros. */
export function formatArea(hundredths: number, lang: 'lv' | 'en'): string {
	const text = String(hundredths / 100);
	return lang === 'lv' ? text.replace('.', ',') : text;
}

export function readPoint(value: unknown): { lat: number; lon: number } | null {
	if (typeof value !== 'object' || value === null) {
		return null;
	}
	const { lat, lon } = value as Record<string, unknown>;
	if (typeof lat !== 'number' || typeof lon !== 'number') {
		return null;
	}
	if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
		return null;
	}
	return { lat, lon };
}

/** Ray casting over the [lon, lat] ring; a point on the edge may fall either way. */
export function isInside(point: { lat: number; lon: number }, boundary: Boundary): boolean {
	const ring = boundary.ring;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] ?? [0, 0];
		const [xj, yj] = ring[j] ?? [0, 0];
		const crosses =
			yi > point.lat !== yj > point.lat &&
			point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
		if (crosses) {
			inside = !inside;
		}
	}
	return inside;
}

export function needsHeritageApproval(answers: Answers): boolean {
	return answers[F.nearMonument] === 'yes';
}

/** Working days the municipality has to decide, longer when the heritage authority agrees. */
export function processingTermDays(answers: Answers, settings: PermitSettings): number {
	return needsHeritageApproval(answers)
		? settings.processingDays.heritage
		: settings.processingDays.normal;
}

/**
 * The rules that need the municipality's settings or today's date. Each message says what to
 * change (see advertising-messages.ts). Fields still empty or malformed are left to the field checks.
 */
export function checkPermitRules(
	answers: Answers,
	context: MunicipalContext<PermitSettings>
): Issue[] {
	const settings = context.settings;
	const issues: Issue[] = [];
	const kind = kindOf(answers);

	if (kind && settings && !settings.enabledKinds.includes(kind)) {
		issues.push({ path: F.kind, message: 'permit.kindNotEnabled' });
	}

	if (hasPeriod(answers[F.kind])) {
		const from = answers[F.from];
		if (typeof from === 'string' && isIsoDate(from.trim()) && from.trim() < context.today) {
			issues.push({ path: F.from, message: 'permit.startInPast' });
		}
		const days = periodDays(from, answers[F.to]);
		if (days !== null && days < 1) {
			issues.push({ path: F.to, message: 'permit.endBeforeStart' });
		} else if (days !== null && kind && settings && days > settings.maxPeriodDays[kind]) {
			issues.push({
				path: F.to,
				message: `permit.periodTooLong.${kind}`,
				params: { max: settings.maxPeriodDays[kind] }
			});
		}
	}

	const point = readPoint(answers[F.point]);
	if (point && settings?.boundary && !isInside(point, settings.boundary)) {
		issues.push({ path: F.point, message: 'permit.outsideMunicipality' });
	}

	issues.push(...checkCompanySignatory(answers, context));
	return issues;
}

/**
 * Only a company's signatory applies on its behalf: the registration number must be the one
 * the identity provider vouched for (a `PK:…-UR:…` sign-in). Checked where the server knows
 * who applies; a person acting for themselves applies as a person.
 */
function checkCompanySignatory(
	answers: Answers,
	context: MunicipalContext<PermitSettings>
): Issue[] {
	if (!context.applicant || answers.applicantType !== 'company') {
		return [];
	}
	const stated = typeof answers.registrationNumber === 'string' ? answers.registrationNumber : '';
	const acting = context.applicant.actingFor;
	// `LV 4000 3521 600` is the company's `40003521600`: compared by the digits.
	if (
		acting?.kind === 'company' &&
		stated.trim() !== '' &&
		sameRegistrationNumber(acting.registrationNumber, stated)
	) {
		return [];
	}
	return [{ path: 'registrationNumber', message: 'permit.notCompanySignatory' }];
}
