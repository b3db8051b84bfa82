import { isIsoDate } from '../engine/formats';
import { WEEKDAYS, type Weekday } from './options';

/**
 * Counting trading days: the days of a period (both ends counted) that fall on the weekdays
 * the trader chose. Dates are calendar days in UTC arithmetic, so no clock change shifts one.
 */

const DAY_MS = 86_400_000;

/** Longer than any municipality allows (366 days): counted no further, as a draft is typed. */
const COUNTED_DAYS = 3700;

function parseDay(value: unknown): number | null {
	if (typeof value !== 'string' || !isIsoDate(value.trim())) {
		return null;
	}
	return Date.parse(`${value.trim()}T00:00:00Z`);
}

/** The days a period covers, both ends counted (1 June–1 June = 1); null if not dates. */
export function periodDays(from: unknown, to: unknown): number | null {
	const start = parseDay(from);
	const end = parseDay(to);
	if (start === null || end === null) {
		return null;
	}
	return Math.round((end - start) / DAY_MS) + 1;
}

/** The chosen weekdays, each once, ignoring anything that is not one. */
export function weekdaysOf(value: unknown): Set<Weekday> {
	const list = Array.isArray(value) ? value : [];
	return new Set(WEEKDAYS.filter((day) => list.includes(day)));
}

/**
 * Trading days per calendar month ("2027-06" → 13), in order; an empty list when the period
 * ends before it starts; null if the period is not dates (or is decades long).
 */
export function tradingDaysByMonth(
	from: unknown,
	to: unknown,
	weekdays: ReadonlySet<Weekday>
): { month: string; days: number }[] | null {
	const start = parseDay(from);
	const end = parseDay(to);
	if (start === null || end === null || (end - start) / DAY_MS > COUNTED_DAYS) {
		return null;
	}
	const months: { month: string; days: number }[] = [];
	for (let t = start; t <= end; t += DAY_MS) {
		const date = new Date(t);
		const isoWeekday = String(((date.getUTCDay() + 6) % 7) + 1) as Weekday;
		if (!weekdays.has(isoWeekday)) {
			continue;
		}
		const month = date.toISOString().slice(0, 7);
		const last = months.at(-1);
		if (last?.month === month) {
			last.days += 1;
		} else {
			months.push({ month, days: 1 });
		}
	}
	return months;
}

/** All trading days of the period, or null if it is not dates. */
export function tradingDays(
	from: unknown,
	to: unknown,
	weekdays: ReadonlySet<Weekday>
): number | null {
	const months = tradingDaysByMonth(from, to, weekdays);
	return months === null ? null : months.reduce((sum, m) => sum + m.days, 0);
}
