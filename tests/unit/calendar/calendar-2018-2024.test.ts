import { describe, expect, it } from 'vitest';
import {
	addWorkingDays,
	dayKind,
	isWorkingDay,
	latvianCalendarData,
	transfersKnown
} from '../../../src/lib/domain/calendar';
import { addDays, isoWeekday } from '../../../src/lib/domain/calendar/dates';

/**
 * 2018–2024, year by year, from the laws and Cabinet orders (sources in holidays-lv.json and
 * docs/working-days.md): each year's transfers, one-off holidays and observed days, and a
 * count of its working days, so that a day added or lost anywhere in the year is caught.
 */

function workingDaysIn(year: number): number {
	let count = 0;
	for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
		count += isWorkingDay(date) ? 1 : 0;
	}
	return count;
}

function expectTransfer(dayOff: string, workingDay: string): void {
	expect(dayKind(dayOff)).toMatchObject({
		kind: 'transferredDayOff',
		isWorkingDay: false,
		transferredWith: workingDay
	});
	expect(dayKind(workingDay)).toMatchObject({
		kind: 'transferredWorkingDay',
		isWorkingDay: true,
		transferredWith: dayOff
	});
}

function expectHoliday(date: string, nameLv: string | RegExp): void {
	const info = dayKind(date);
	expect(info).toMatchObject({ kind: 'holiday', isWorkingDay: false });
	expect(info.name?.lv).toMatch(nameLv);
}

describe('2018', () => {
	it('30 April was worked on Saturday 21 April (MK rīkojums Nr. 211)', () => {
		expectTransfer('2018-04-30', '2018-04-21');
		// The Saturday keeps what 30 April had: the eve of 1 May, one hour shorter.
		expect(dayKind('2018-04-21').shortenedByHours).toBe(1);
	});

	it('the Song and Dance Celebration closed on Sunday 8 July: Monday 9 July was off', () => {
		expectHoliday('2018-07-08', /Dziesmu un deju svētku noslēguma diena/);
		expectHoliday('2018-07-09', /\(brīvdiena\)$/);
		expect(dayKind('2018-07-09').name?.en).toMatch(/Song and Dance.*\(observed\)/);
	});

	it('24 September, the day of Pope Francis’ visit, was a holiday by law', () => {
		expectHoliday('2018-09-24', /pāvesta Franciska/);
	});

	it('18 November on a Sunday gave Monday 19 November off', () => {
		expectHoliday('2018-11-19', /Proklamēšanas diena \(brīvdiena\)/);
	});

	it('has 249 working days', () => {
		// 261 weekdays; holidays on weekdays: 1.1, 30.3, 2.4, 1.5, 4.5, 25.12, 26.12, 31.12
		// and 24.12 (9); 9.7 and 24.9 (2); 19.11 observed (1); 30.4 moved to a Saturday (±0).
		expect(workingDaysIn(2018)).toBe(261 - 9 - 2 - 1);
	});
});

describe('2019', () => {
	it('had no Cabinet order, but 4 May on a Saturday gave Monday 6 May off', () => {
		expect(transfersKnown(2019)).toBe(true);
		expectHoliday('2019-05-06', /Neatkarības atjaunošanas diena \(brīvdiena\)/);
		for (const date of ['2019-12-23', '2019-12-27', '2019-12-30']) {
			expect(isWorkingDay(date)).toBe(true);
		}
	});
});

describe('2020', () => {
	it('22 June was worked on Saturday 13 June', () => {
		expectTransfer('2020-06-22', '2020-06-13');
	});
});

describe('2021', () => {
	it('three days moved (MK rīkojums Nr. 354)', () => {
		expectTransfer('2021-05-03', '2021-05-08');
		expectTransfer('2021-06-25', '2021-06-19');
		expectTransfer('2021-11-19', '2021-11-13');
	});
});

describe('2022', () => {
	it('had nothing to move and no one-off holiday', () => {
		expect(transfersKnown(2022)).toBe(true);
		expect(latvianCalendarData.transfers.filter((t) => t.dayOff.startsWith('2022'))).toEqual([]);
		// 260 weekdays; holidays on weekdays: 15.4, 18.4, 4.5, 23.6, 24.6, 18.11, 26.12.
		expect(workingDaysIn(2022)).toBe(260 - 7);
	});
});

describe('2023', () => {
	it('5 May was worked on Saturday 20 May', () => {
		expectTransfer('2023-05-05', '2023-05-20');
	});

	it('29 May, after the ice hockey bronze, was a holiday by law', () => {
		expectHoliday('2023-05-29', /hokeja/);
		expect(dayKind('2023-05-29').name?.en).toMatch(/ice hockey/);
	});

	it('the Song and Dance Celebration closed on Sunday 9 July: Monday 10 July was off', () => {
		expectHoliday('2023-07-09', /noslēguma diena$/);
		expectHoliday('2023-07-10', /\(brīvdiena\)$/);
	});

	it('a term running over them counts neither day', () => {
		// Received Fri 26 May 2023: Sat, Sun, Mon 29 May (holiday) do not count.
		expect(addWorkingDays('2023-05-26', 1)).toBe('2023-05-30');
		expect(addWorkingDays('2023-07-07', 1)).toBe('2023-07-11');
	});
});

describe('2024', () => {
	it('23 and 30 December were worked on Saturdays 14 and 28 December (MK rīkojums Nr. 348)', () => {
		expectTransfer('2024-12-23', '2024-12-14');
		expectTransfer('2024-12-30', '2024-12-28');
		// 30 December is the eve of 31 December: its Saturday is one hour shorter.
		expect(dayKind('2024-12-28').shortenedByHours).toBe(1);
		expect(dayKind('2024-12-14').shortenedByHours).toBe(1);
	});

	it('4 May on a Saturday gave Monday 6 May off', () => {
		expectHoliday('2024-05-06', /\(brīvdiena\)/);
	});
});

describe('every year from 2018 is known', () => {
	it('has its transfers known and every transfer in a known year', () => {
		for (let year = 2018; year <= 2026; year++) {
			expect(transfersKnown(year)).toBe(true);
		}
		for (const { dayOff, workingDay } of latvianCalendarData.transfers) {
			expect(isoWeekday(workingDay)).toBe(6);
			expect(dayOff.slice(0, 7) === workingDay.slice(0, 7)).toBe(true);
		}
	});
});

describe('each year gets the law as it stood then', () => {
	it('before the amendments of 26 June 2007: no Christmas Eve, no observed Monday', () => {
		// 18 November 2006 was a Saturday; 24 December 2004 a Friday.
		expect(dayKind('2006-11-20')).toMatchObject({ kind: 'working' });
		expect(dayKind('2004-12-24')).toMatchObject({ kind: 'shortened', isWorkingDay: true });
		// 18 November 2007 was a Sunday: the amended law gave Monday 19 November off.
		expectHoliday('2007-11-19', /\(brīvdiena\)/);
		expectHoliday('2007-12-24', /Ziemassvētku vakars/);
	});
});
