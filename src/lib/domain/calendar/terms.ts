import { z } from 'zod';
import { addDays, daysInMonth, isoDate, toDayNumber, zCalendarDate } from './dates';

/**
 * Terms counted the way the Administrative Procedure Law (APL) counts them; the exact rules
 * and their sources are in docs/working-days.md. Every function is pure over a calendar's
 * isWorkingDay, so the browser and the server compute the same due date.
 */

// Longest terms accepted: far beyond any e-service, short enough that a typo cannot spin.
export const MAX_WORKING_DAYS = 1000;
export const MAX_MONTHS = 48;

export const zTerm = z.union([
	z.object({ workingDays: z.number().int().min(1).max(MAX_WORKING_DAYS) }).strict(),
	z.object({ months: z.number().int().min(1).max(MAX_MONTHS) }).strict()
]);

/** The clock stops after `from` (the request's day still counts) up to and including `to`. */
export const zPause = z
	.object({ from: zCalendarDate, to: zCalendarDate.nullable() })
	.refine((pause) => pause.to === null || pause.to >= pause.from, {
		message: 'calendar.pauseOrder',
		path: ['to']
	});

export const zDueDateInput = z
	.object({ receivedOn: zCalendarDate, term: zTerm, pauses: z.array(zPause).max(100).default([]) })
	.refine((input) => input.pauses.every((pause) => pause.from >= input.receivedOn), {
		message: 'calendar.pauseBeforeReceipt',
		path: ['pauses']
	});

export type Term = z.infer<typeof zTerm>;
export type Pause = z.infer<typeof zPause>;
export type DueDateInput = z.input<typeof zDueDateInput>;
export type DueStatus = 'overdue' | 'dueSoon' | 'onTime';

export interface Terms {
	addWorkingDays: (start: string, n: number) => string;
	workingDaysBetween: (a: string, b: string) => number;
	addMonthsTerm: (start: string, months: number) => string;
	dueDate: (input: DueDateInput) => string | null;
	status: (due: string, today: string, dueSoonWorkingDays?: number) => DueStatus;
}

export function createTerms(isWorkingDay: (date: string) => boolean): Terms {
	const nextWorkingDayFrom = (date: string): string => {
		let day = date;
		while (!isWorkingDay(day)) {
			day = addDays(day, 1);
		}
		return day;
	};

	/** APL Art. 42: the term runs from the day after receipt; only working days count. */
	const addWorkingDays = (start: string, n: number): string => {
		checkCount(n, 0, MAX_WORKING_DAYS, 'n');
		let day = start;
		for (let counted = 0; counted < n;) {
			day = addDays(day, 1);
			if (isWorkingDay(day)) {
				counted += 1;
			}
		}
		toDayNumber(day); // n = 0 must still refuse a malformed start
		return day;
	};

	/** Working days d with a < d <= b; negative when b is before a, so add and between invert. */
	const workingDaysBetween = (a: string, b: string): number => {
		const [from, to] = [toDayNumber(a), toDayNumber(b)];
		if (to < from) {
			// `0 - x`, not `-x`: no -0 when a and b are on the same side of a weekend.
			return 0 - workingDaysBetween(b, a);
		}
		let count = 0;
		for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) {
			if (isWorkingDay(day)) {
				count += 1;
			}
		}
		return count;
	};

	/** APL Art. 43: the same date N months on (else the month's last day), rolled to a working day. */
	const addMonthsTerm = (start: string, months: number): string => {
		checkCount(months, 1, MAX_MONTHS, 'months');
		return nextWorkingDayFrom(sameDateMonthsLater(start, months));
	};

	const dueDate = (input: DueDateInput): string | null => {
		const { receivedOn, term, pauses } = zDueDateInput.parse(input);
		const pausedOn = (day: string): 'no' | 'closed' | 'open' => {
			for (const pause of pauses) {
				if (day > pause.from && (pause.to === null || day <= pause.to)) {
					return pause.to === null ? 'open' : 'closed';
				}
			}
			return 'no';
		};
		// Walk day by day and count the days that count; reaching an open pause means the
		// clock is stopped now, so there is no due date until the answer arrives.
		const counts = (day: string) => !('workingDays' in term) || isWorkingDay(day);
		const needed =
			'workingDays' in term
				? term.workingDays
				: toDayNumber(sameDateMonthsLater(receivedOn, term.months)) - toDayNumber(receivedOn);
		let day = receivedOn;
		for (let counted = 0; counted < needed;) {
			day = addDays(day, 1);
			const paused = pausedOn(day);
			if (paused === 'open') {
				return null;
			}
			if (paused === 'no' && counts(day)) {
				counted += 1;
			}
		}
		// A month term's last day, or a working-day term's (already a working day): moved on to
		// the next working day outside any pause (APL Art. 43).
		for (;;) {
			const paused = pausedOn(day);
			if (paused === 'open') {
				return null;
			}
			if (paused === 'no' && isWorkingDay(day)) {
				return day;
			}
			day = addDays(day, 1);
		}
	};

	/** Overdue after the due date; due soon on it and up to N working days before it. */
	const status = (due: string, today: string, dueSoonWorkingDays = 2): DueStatus => {
		checkCount(dueSoonWorkingDays, 0, MAX_WORKING_DAYS, 'dueSoonWorkingDays');
		if (toDayNumber(today) > toDayNumber(due)) {
			return 'overdue';
		}
		return workingDaysBetween(today, due) <= dueSoonWorkingDays ? 'dueSoon' : 'onTime';
	};

	return { addWorkingDays, workingDaysBetween, addMonthsTerm, dueDate, status };
}

/** APL Art. 43: the same date in the last month of the term, or that month's last day. */
export function sameDateMonthsLater(start: string, months: number): string {
	toDayNumber(start);
	const monthIndex = Number(start.slice(5, 7)) - 1 + months;
	const year = Number(start.slice(0, 4)) + Math.floor(monthIndex / 12);
	const month = (monthIndex % 12) + 1;
	return isoDate(year, month, Math.min(Number(start.slice(8, 10)), daysInMonth(year, month)));
}

function checkCount(value: number, min: number, max: number, name: string): void {
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new RangeError(`${name} must be a whole number from ${min} to ${max}: ${value}`);
	}
}
