import { z } from 'zod';

/**
 * Calendar dates as 'YYYY-MM-DD' strings: the day in Europe/Riga (see ../time.ts for "today").
 * Arithmetic runs on whole days counted in UTC, so the host's time zone and daylight saving
 * never move a date: a calendar day has no time of day here.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar date ('2025-02-30' is refused), as every calendar function expects. */
export const zCalendarDate = z
	.string()
	.regex(DATE_PATTERN, 'date.format')
	.refine((value) => isCalendarDate(value), 'date.format');

export function isCalendarDate(value: string): boolean {
	const match = DATE_PATTERN.exec(value);
	if (!match) {
		return false;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// The Gregorian calendar (and Date.UTC's four-digit years) from 1583 on.
	return year >= 1583 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before); throws on anything that is not a calendar date. */
export function toDayNumber(date: string): number {
	if (!isCalendarDate(date)) {
		throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
	}
	return (
		Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
		MS_PER_DAY
	);
}

export function fromDayNumber(dayNumber: number): string {
	return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
	return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
	// 1970-01-01 was a Thursday (ISO 4).
	return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: string): boolean {
	return isoWeekday(date) >= 6;
}

export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'DD.MM.YYYY', the Latvian way of writing a date in running text. */
export function latvianDate(date: string): string {
	return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
