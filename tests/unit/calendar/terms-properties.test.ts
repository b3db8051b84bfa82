import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addMonthsTerm,
	addWorkingDays,
	dueDate,
	isWorkingDay,
	status,
	workingDaysBetween,
	type Pause
} from '../../../src/lib/domain/calendar';
import { addDays, fromDayNumber, toDayNumber } from '../../../src/lib/domain/calendar/dates';

// Dates from 2024 to 2031: the data years, a year before and rule-only years after.
const date = fc
	.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2031-12-31') })
	.map(fromDayNumber);
const count = fc.integer({ min: 1, max: 80 });
const pauseFrom = (receivedOn: string) =>
	fc
		.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 30 })))
		.map(([after, length]): Pause => {
			const from = addDays(receivedOn, after);
			return { from, to: length === null ? null : addDays(from, length) };
		});
const term = fc.oneof(
	count.map((workingDays) => ({ workingDays })),
	fc.integer({ min: 1, max: 6 }).map((months) => ({ months }))
);
/** null (an open pause) is later than every date. */
const notEarlier = (later: string | null, earlier: string | null) =>
	later === null || (earlier !== null && later >= earlier);

describe('working-day terms, properties', () => {
	it('end on a working day after the start', () => {
		fc.assert(
			fc.property(date, count, (start, n) => {
				const end = addWorkingDays(start, n);
				expect(isWorkingDay(end)).toBe(true);
				expect(end > start).toBe(true);
			})
		);
	});

	it('are undone by workingDaysBetween', () => {
		fc.assert(
			fc.property(date, fc.integer({ min: 0, max: 80 }), (start, n) => {
				expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
			})
		);
	});

	it('grow with n', () => {
		fc.assert(
			fc.property(date, count, count, (start, a, b) => {
				fc.pre(a !== b);
				const [small, large] = a < b ? [a, b] : [b, a];
				expect(addWorkingDays(start, small) < addWorkingDays(start, large)).toBe(true);
			})
		);
	});

	it('workingDaysBetween is antisymmetric and adds up over a middle day', () => {
		fc.assert(
			fc.property(date, date, date, (a, b, c) => {
				// A sum, not `-x`: toBe tells -0 from 0, and -0 of an empty range is no error.
				expect(workingDaysBetween(b, a) + workingDaysBetween(a, b)).toBe(0);
				expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
			}),
			{ numRuns: 50 }
		);
	});
});

describe('month terms, properties', () => {
	it('end on a working day no earlier than the same date, and grow with the months', () => {
		fc.assert(
			fc.property(date, fc.integer({ min: 1, max: 24 }), (start, months) => {
				const end = addMonthsTerm(start, months);
				expect(isWorkingDay(end)).toBe(true);
				expect(end > start).toBe(true);
				expect(addMonthsTerm(start, months + 1) > end).toBe(true);
			})
		);
	});
});

describe('due dates with pauses, properties', () => {
	it('equal the plain term without pauses', () => {
		fc.assert(
			fc.property(date, term, (receivedOn, t) => {
				const plain =
					'workingDays' in t
						? addWorkingDays(receivedOn, t.workingDays)
						: addMonthsTerm(receivedOn, t.months);
				expect(dueDate({ receivedOn, term: t })).toBe(plain);
			})
		);
	});

	it('are never earlier for one more pause, and land on a working day outside every pause', () => {
		const input = date.chain((receivedOn) =>
			fc.record({
				receivedOn: fc.constant(receivedOn),
				term,
				pauses: fc.array(pauseFrom(receivedOn), { maxLength: 3 }),
				extra: pauseFrom(receivedOn)
			})
		);
		fc.assert(
			fc.property(input, ({ receivedOn, term: t, pauses, extra }) => {
				const before = dueDate({ receivedOn, term: t, pauses });
				const after = dueDate({ receivedOn, term: t, pauses: [...pauses, extra] });
				expect(notEarlier(before, dueDate({ receivedOn, term: t }))).toBe(true);
				expect(notEarlier(after, before)).toBe(true);
				if (after !== null) {
					expect(isWorkingDay(after)).toBe(true);
					for (const pause of [...pauses, extra]) {
						const inside = after > pause.from && (pause.to === null || after <= pause.to);
						expect(inside).toBe(false);
					}
				}
			})
		);
	});
});

describe('status, properties', () => {
	it('is overdue exactly after the due date, due soon within N working days of it', () => {
		fc.assert(
			fc.property(date, date, fc.integer({ min: 0, max: 10 }), (due, today, n) => {
				const result = status(due, today, n);
				expect(result === 'overdue').toBe(today > due);
				if (today <= due) {
					expect(result === 'dueSoon').toBe(workingDaysBetween(today, due) <= n);
				}
			})
		);
	});
});
