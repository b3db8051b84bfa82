import { isIsoDate, parseDecimal } from '../engine/formats';
import { sameRegistrationNumber } from '../../domain/registration-number';
import type { Answers, Issue, MunicipalContext } from '../types';
import { periodDays, tradingDays, weekdaysOf } from './calendar';
import { F } from './fields';
import { minutesOf } from './options';
import type { Territory, TradeSettings } from './settings';

/**
 * The rules that need the municipality's settings or today's date. Each message says what to
 * change (catalogue.ts). Fields still empty or malformed are left to the field checks.
 */
export function checkTradeRules(
	answers: Answers,
	context: MunicipalContext<TradeSettings>
): Issue[] {
	const settings = context.settings;
	return [
		...periodIssues(answers, context.today, settings),
		...hoursIssues(answers, settings),
		...stallIssues(answers, settings),
		...placeIssues(answers, settings),
		...signatoryIssues(answers, context)
	];
}

function periodIssues(answers: Answers, today: string, settings?: TradeSettings): Issue[] {
	const issues: Issue[] = [];
	const from = answers[F.from];
	if (typeof from === 'string' && isIsoDate(from.trim()) && from.trim() < today) {
		issues.push({ path: F.from, message: 'streetTrade.startInPast' });
	}
	const days = periodDays(from, answers[F.to]);
	if (days !== null && days < 1) {
		issues.push({ path: F.to, message: 'streetTrade.endBeforeStart' });
		return issues;
	}
	if (days !== null && settings && days > settings.maxPeriodDays) {
		issues.push({
			path: F.to,
			message: 'streetTrade.periodTooLong',
			params: { max: settings.maxPeriodDays }
		});
		return issues;
	}
	const weekdays = weekdaysOf(answers[F.days]);
	if (days !== null && weekdays.size > 0 && tradingDays(from, answers[F.to], weekdays) === 0) {
		issues.push({ path: F.days, message: 'streetTrade.noTradingDay' });
	}
	return issues;
}

function hoursIssues(answers: Answers, settings?: TradeSettings): Issue[] {
	const opens = minutesOf(answers[F.opensAt]);
	const closes = minutesOf(answers[F.closesAt]);
	const issues: Issue[] = [];
	if (settings && opens !== null && opens < (minutesOf(settings.hours.earliestOpening) ?? 0)) {
		issues.push({
			path: F.opensAt,
			message: 'streetTrade.opensTooEarly',
			params: { time: settings.hours.earliestOpening }
		});
	}
	if (opens !== null && closes !== null && closes <= opens) {
		issues.push({ path: F.closesAt, message: 'streetTrade.closesBeforeOpening' });
	} else if (
		settings &&
		closes !== null &&
		closes > (minutesOf(settings.hours.latestClosing) ?? 24 * 60)
	) {
		issues.push({
			path: F.closesAt,
			message: 'streetTrade.closesTooLate',
			params: { time: settings.hours.latestClosing }
		});
	}
	return issues;
}

/** "1,5" / "1.5" in Latvian: the limit as the person reads it next to the field. */
const metres = (value: number) => String(value).replace('.', ',');

function stallIssues(answers: Answers, settings?: TradeSettings): Issue[] {
	if (!settings) {
		return [];
	}
	const issues: Issue[] = [];
	const width = parseDecimal(answers[F.width]);
	const depth = parseDecimal(answers[F.depth]);
	if (width !== null && width > 0 && width > settings.stall.maxWidthM) {
		issues.push({
			path: F.width,
			message: 'streetTrade.stallTooWide',
			params: { max: metres(settings.stall.maxWidthM) }
		});
	}
	if (depth !== null && depth > 0 && depth > settings.stall.maxDepthM) {
		issues.push({
			path: F.depth,
			message: 'streetTrade.stallTooDeep',
			params: { max: metres(settings.stall.maxDepthM) }
		});
	}
	return issues;
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
export function isInside(point: { lat: number; lon: number }, territory: Territory): boolean {
	const ring = territory.ring;
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

function placeIssues(answers: Answers, settings?: TradeSettings): Issue[] {
	const point = readPoint(answers[F.point]);
	return point && settings?.boundary && !isInside(point, settings.boundary)
		? [{ path: F.point, message: 'streetTrade.outsideMunicipality' }]
		: [];
}

/**
 * Only a company's signatory applies on its behalf: the registration number must be the one
 * the identity provider vouched for (a `PK:…-UR:…` sign-in). Checked where the server knows
 * who applies; a person trading on their own applies as a person.
 */
function signatoryIssues(answers: Answers, context: MunicipalContext<TradeSettings>): Issue[] {
	if (!context.applicant || answers[F.applicantType] !== 'company') {
		return [];
	}
	const typed = answers[F.registrationNumber];
	const stated = typeof typed === 'string' ? typed : '';
	const acting = context.applicant.actingFor;
	if (
		acting?.kind === 'company' &&
		stated.trim() !== '' &&
		sameRegistrationNumber(acting.registrationNumber, stated)
	) {
		return [];
	}
	return [{ path: F.registrationNumber, message: 'streetTrade.notCompanySignatory' }];
}
