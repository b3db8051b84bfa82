import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDaysBetween } from '../../../src/lib/domain/calendar';
import {
	hasExpired,
	offerDeadline,
	rigaInstant,
	zResponseWindow
} from '../../../src/lib/domain/placement/offer-deadline';
import { todayInLatvia } from '../../../src/lib/domain/time';

const working = (days: number, remindDaysBefore: number[] = []) =>
	zResponseWindow.parse({ days, kind: 'working', remindDaysBefore });
const calendar = (days: number) => zResponseWindow.parse({ days, kind: 'calendar' });
const at = (iso: string) => Date.parse(iso);

describe('the reply deadline of an offer', () => {
	it('ends at 23:59:59 Riga summer time when the clocks change in between (29 March 2026)', () => {
		// Thursday 26 March, 10:00 in Riga (UTC+2); three working days: 27, 30, 31 March.
		const deadline = offerDeadline(at('2026-03-26T08:00:00Z'), working(3));
		expect(deadline.lastDay).toBe('2026-03-31');
		expect(new Date(deadline.deadline).toISOString()).toBe('2026-03-31T20:59:59.000Z');
		expect(new Date(deadline.expiresAt).toISOString()).toBe('2026-03-31T21:00:00.000Z');
	});

	it('ends at 23:59:59 Riga winter time after the autumn change (25 October 2026)', () => {
		const deadline = offerDeadline(at('2026-10-22T09:00:00Z'), working(2));
		expect(deadline.lastDay).toBe('2026-10-26');
		expect(new Date(deadline.deadline).toISOString()).toBe('2026-10-26T21:59:59.000Z');
	});

	it('skips Easter: Good Friday and Easter Monday are not working days', () => {
		// Thursday 2 April 2026: 3 April and 6 April are holidays.
		expect(offerDeadline(at('2026-04-02T07:00:00Z'), working(3)).lastDay).toBe('2026-04-09');
	});

	it('skips 18 November', () => {
		expect(offerDeadline(at('2026-11-17T10:00:00Z'), working(1)).lastDay).toBe('2026-11-19');
	});

	it('moves a calendar-day term that ends on a day off to the next working day', () => {
		// 27 March + 7 days = Good Friday 3 April; then the weekend and Easter Monday.
		expect(offerDeadline(at('2026-03-27T10:00:00Z'), calendar(7)).lastDay).toBe('2026-04-07');
		expect(offerDeadline(at('2026-03-02T10:00:00Z'), calendar(7)).lastDay).toBe('2026-03-09');
	});

	it("counts from the offer's day in Riga, not in UTC", () => {
		// 22:30 UTC on Monday 5 January is 00:30 on Tuesday 6 January in Riga.
		expect(offerDeadline(at('2026-01-05T22:30:00Z'), working(1)).lastDay).toBe('2026-01-07');
		expect(offerDeadline(at('2026-01-05T21:30:00Z'), working(1)).lastDay).toBe('2026-01-06');
	});

	it('is late from midnight after the last day, by the server receipt time', () => {
		const deadline = offerDeadline(at('2026-03-26T08:00:00Z'), working(3));
		expect(hasExpired(deadline, deadline.deadline)).toBe(false);
		expect(hasExpired(deadline, deadline.expiresAt - 1)).toBe(false);
		expect(hasExpired(deadline, deadline.expiresAt)).toBe(true);
	});

	it('reminds at 09:00 Riga on working days before the last day, never before the offer', () => {
		const deadline = offerDeadline(at('2026-04-02T07:00:00Z'), working(3, [1, 0, 9]));
		expect(deadline.reminders.map((r) => new Date(r).toISOString())).toEqual([
			'2026-04-08T06:00:00.000Z',
			'2026-04-09T06:00:00.000Z'
		]);
		// Across the spring change: 1 working day before 31 March is 30 March, in summer time.
		expect(
			offerDeadline(at('2026-03-26T08:00:00Z'), working(3, [1])).reminders.map((r) =>
				new Date(r).toISOString()
			)
		).toEqual(['2026-03-30T06:00:00.000Z']);
	});

	it('finds a whole Riga hour on the days the clocks change', () => {
		expect(new Date(rigaInstant('2026-03-29', 9)).toISOString()).toBe('2026-03-29T06:00:00.000Z');
		expect(new Date(rigaInstant('2026-10-25', 9)).toISOString()).toBe('2026-10-25T07:00:00.000Z');
	});

	it('always ends on a working day at 23:59:59 in Riga, the right number of working days on', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2027-06-30T00:00:00Z') }),
				fc.integer({ min: 1, max: 20 }),
				(offeredAt, days) => {
					const deadline = offerDeadline(offeredAt, working(days));
					const offerDay = todayInLatvia(offeredAt);
					expect(isWorkingDay(deadline.lastDay)).toBe(true);
					expect(workingDaysBetween(offerDay, deadline.lastDay)).toBe(days);
					expect(todayInLatvia(deadline.deadline)).toBe(deadline.lastDay);
					expect(todayInLatvia(deadline.deadline + 1000)).not.toBe(deadline.lastDay);
					expect(deadline.expiresAt - deadline.deadline).toBe(1000);
				}
			),
			{ numRuns: 300, seed: 1606 }
		);
	});

	it('refuses a window it cannot count', () => {
		expect(zResponseWindow.safeParse({ days: 0, kind: 'working' }).success).toBe(false);
		expect(zResponseWindow.safeParse({ days: 5, kind: 'weeks' }).success).toBe(false);
	});
});
