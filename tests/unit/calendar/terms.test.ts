import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
	addMonthsTerm,
	addWorkingDays,
	dueDate,
	status,
	workingDaysBetween,
	zDueDateInput
} from '../../../src/lib/domain/calendar';

describe('addWorkingDays: the term runs from the day after receipt, working days only', () => {
	it('skips Easter and the weekend', () => {
		// Received Thursday 17 April 2025: Good Friday, the weekend and Easter Monday do not count.
		expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
		expect(addWorkingDays('2025-04-17', 5)).toBe('2025-04-28');
	});

	it('skips the May holidays, the moved Friday and the observed Monday', () => {
		// 1 May holiday, 2 May moved to Saturday 10 May, 4 May Sunday observed on Monday 5 May.
		expect(addWorkingDays('2025-04-30', 1)).toBe('2025-05-06');
		expect(addWorkingDays('2025-04-30', 2)).toBe('2025-05-07');
	});

	it('counts the Saturday the Cabinet made a working day', () => {
		expect(addWorkingDays('2025-05-08', 2)).toBe('2025-05-10');
		expect(addWorkingDays('2025-05-08', 3)).toBe('2025-05-12');
	});

	it('does not count the day of receipt even when it is a working day', () => {
		expect(addWorkingDays('2025-03-03', 1)).toBe('2025-03-04');
		// Received on a Saturday: the first working day after it is the first day counted.
		expect(addWorkingDays('2025-03-01', 1)).toBe('2025-03-03');
	});

	it('returns the start itself for 0 and refuses what is not a count', () => {
		expect(addWorkingDays('2025-03-01', 0)).toBe('2025-03-01');
		for (const n of [-1, 1.5, Number.NaN, 1001]) {
			expect(() => addWorkingDays('2025-03-03', n), String(n)).toThrow(RangeError);
		}
		expect(() => addWorkingDays('2025-02-30', 0)).toThrow(RangeError);
	});
});

describe('workingDaysBetween', () => {
	it('counts working days after a up to and including b', () => {
		expect(workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
		expect(workingDaysBetween('2025-03-03', '2025-03-10')).toBe(5);
		// 23 and 29, 30 December 2025, 5 January 2026: Christmas, New Year and 2 January are off.
		expect(workingDaysBetween('2025-12-22', '2026-01-05')).toBe(4);
		expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(-5);
	});
});

describe('addMonthsTerm (APL: the same date, else the month’s last day, then a working day)', () => {
	it.each([
		['2025-03-03', 1, '2025-04-03'],
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-04-04', 1, '2025-05-06'], // Sunday 4 May, observed Monday 5 May
		['2025-10-18', 1, '2025-11-19'], // Tuesday 18 November is a holiday
		['2025-10-17', 1, '2025-11-19'], // Monday 17 November moved to 8 November
		['2025-11-30', 3, '2026-03-02'], // Saturday 28 February
		['2025-12-31', 2, '2026-03-02'],
		['2025-05-24', 1, '2025-06-25'] // Monday 23 and Tuesday 24 June
	])('%s + %i month(s) → %s', (start, months, due) => {
		expect(addMonthsTerm(start, months)).toBe(due);
	});

	it('refuses a term of no months', () => {
		expect(() => addMonthsTerm('2025-01-01', 0)).toThrow(RangeError);
	});
});

describe('dueDate with the clock stopped while information is requested', () => {
	it('is the plain term without pauses', () => {
		expect(dueDate({ receivedOn: '2025-04-30', term: { workingDays: 2 } })).toBe('2025-05-07');
		expect(dueDate({ receivedOn: '2025-04-04', term: { months: 1 }, pauses: [] })).toBe(
			'2025-05-06'
		);
	});

	it('counts the request’s day, not the days after it up to the answer’s day', () => {
		// Received Mon 3 Mar; 10 working days would end Mon 17 Mar. Asked on Wed 5 Mar (counts),
		// answered Mon 10 Mar (does not): Thu 6, Fri 7, Mon 10 are not counted → Thu 20 Mar.
		expect(
			dueDate({
				receivedOn: '2025-03-03',
				term: { workingDays: 10 },
				pauses: [{ from: '2025-03-05', to: '2025-03-10' }]
			})
		).toBe('2025-03-20');
	});

	it('adds the paused calendar days to a month term', () => {
		// One month from 1 April is 1 May (30 days); 11–15 April are paused: 5 days later → 6 May.
		expect(
			dueDate({
				receivedOn: '2025-04-01',
				term: { months: 1 },
				pauses: [{ from: '2025-04-10', to: '2025-04-15' }]
			})
		).toBe('2025-05-06');
	});

	it('counts a day once when pauses overlap, and a pause answered the same day costs nothing', () => {
		const base = { receivedOn: '2025-03-03', term: { workingDays: 10 } } as const;
		expect(
			dueDate({
				...base,
				pauses: [
					{ from: '2025-03-05', to: '2025-03-10' },
					{ from: '2025-03-07', to: '2025-03-10' }
				]
			})
		).toBe('2025-03-20');
		expect(dueDate({ ...base, pauses: [{ from: '2025-03-05', to: '2025-03-05' }] })).toBe(
			'2025-03-17'
		);
	});

	it('has no due date while a pause is open, unless the term ended before it', () => {
		const base = { receivedOn: '2025-03-03', term: { workingDays: 10 } } as const;
		expect(dueDate({ ...base, pauses: [{ from: '2025-03-05', to: null }] })).toBeNull();
		// Asked on the due date itself: that day counts, the term is already complete.
		expect(dueDate({ ...base, pauses: [{ from: '2025-03-17', to: null }] })).toBe('2025-03-17');
	});

	it('moves a month term that ends inside a pause past it', () => {
		// Ends Thu 3 April; a pause asked that day and answered Mon 7 April moves it to Tue 8.
		expect(
			dueDate({
				receivedOn: '2025-03-03',
				term: { months: 1 },
				pauses: [{ from: '2025-04-02', to: '2025-04-07' }]
			})
		).toBe('2025-04-08');
	});

	it('refuses pauses that end before they start or start before receipt', () => {
		const bad = [
			{
				receivedOn: '2025-03-03',
				term: { workingDays: 5 },
				pauses: [{ from: '2025-03-06', to: '2025-03-05' }]
			},
			{
				receivedOn: '2025-03-03',
				term: { workingDays: 5 },
				pauses: [{ from: '2025-03-02', to: null }]
			},
			{ receivedOn: '2025-03-03', term: { workingDays: 0 } },
			{ receivedOn: '2025-03-03', term: { months: 1, workingDays: 5 } },
			{ receivedOn: '3.3.2025', term: { months: 1 } }
		];
		for (const input of bad) {
			expect(() => dueDate(input as never), JSON.stringify(input)).toThrow(ZodError);
		}
		const messages = bad
			.slice(0, 2)
			.map((input) => zDueDateInput.safeParse(input).error?.issues[0]?.message);
		expect(messages).toEqual(['calendar.pauseOrder', 'calendar.pauseBeforeReceipt']);
	});
});

describe('status', () => {
	// Due Monday 12 May 2025; Saturday 10 May is a working day.
	it.each([
		['2025-05-07', 'onTime'],
		['2025-05-08', 'onTime'], // 9, 10, 12 May: three working days left
		['2025-05-09', 'dueSoon'], // 10 and 12 May
		['2025-05-11', 'dueSoon'],
		['2025-05-12', 'dueSoon'], // the due date is the last day in time
		['2025-05-13', 'overdue']
	] as const)('today %s → %s', (today, expected) => {
		expect(status('2025-05-12', today)).toBe(expected);
	});

	it('takes how many working days ahead count as due soon', () => {
		expect(status('2025-05-12', '2025-05-09', 0)).toBe('onTime');
		expect(status('2025-05-12', '2025-05-12', 0)).toBe('dueSoon');
		expect(status('2025-05-12', '2025-05-07', 5)).toBe('dueSoon');
	});
});
