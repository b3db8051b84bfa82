import { describe, expect, it } from 'vitest';
import {
	createCalendar,
	dayKind,
	easterSunday,
	isWorkingDay,
	latvianCalendarData,
	transfersKnown,
	type CalendarData,
	type DayInfo,
	type DayKind
} from '../../../src/lib/domain/calendar';
import { addDays, isoWeekday } from '../../../src/lib/domain/calendar/dates';
// The researched list for 2025–2027, verbatim from ../shared/data/holidays-lv.json: the
// oracle the rules and the per-year data must reproduce day by day.
import oracle from './holidays-lv-2025-2027.json';

type Entry = (typeof oracle.entries)[number];

const KIND_OF: Record<string, DayKind> = {
	public_holiday: 'holiday',
	observed_day_off: 'holiday',
	transferred_day_off: 'transferredDayOff',
	transferred_working_day: 'transferredWorkingDay',
	pre_holiday_shortened_day: 'shortened'
};

/** What the oracle says of a day: its entries (a moved Saturday can also be shortened). */
function expected(date: string): { kind: DayKind; shortenedByHours: 0 | 1; name?: Entry } {
	const entries = oracle.entries.filter((entry) => entry.date === date);
	const shortened = entries.some((entry) => entry.kind === 'pre_holiday_shortened_day');
	const main = entries.find((entry) => entry.kind !== 'pre_holiday_shortened_day') ?? entries[0];
	if (!main) {
		return { kind: isoWeekday(date) >= 6 ? 'weekend' : 'working', shortenedByHours: 0 };
	}
	const kind = KIND_OF[main.kind];
	if (!kind) {
		throw new Error(`unknown kind in the oracle: ${main.kind}`);
	}
	return { kind, shortenedByHours: shortened ? 1 : 0, name: main };
}

function summary(info: DayInfo) {
	return { kind: info.kind, shortenedByHours: info.shortenedByHours };
}

describe('the calendar against the researched 2025–2027 list', () => {
	it.each(oracle.entries.map((entry) => [entry.date, entry.kind, entry] as const))(
		'%s is %s',
		(date, _kind, entry) => {
			const info = dayKind(date);
			const want = expected(date);
			expect(summary(info)).toEqual({ kind: want.kind, shortenedByHours: want.shortenedByHours });
			expect(info.isWorkingDay).toBe(!entry.non_working);
			expect(isWorkingDay(date)).toBe(!entry.non_working);
			if (entry.kind !== 'pre_holiday_shortened_day' || want.kind === 'shortened') {
				expect(info.name).toEqual({ lv: want.name?.name_lv, en: want.name?.name_en });
			}
		}
	);

	it('agrees with the list on every day of 2025, 2026 and 2027, listed or not', () => {
		const disagreements: string[] = [];
		for (let date = '2025-01-01'; date <= '2027-12-31'; date = addDays(date, 1)) {
			const want = expected(date);
			const got = summary(dayKind(date));
			if (got.kind !== want.kind || got.shortenedByHours !== want.shortenedByHours) {
				disagreements.push(`${date}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('counts per year what the list counts', () => {
		for (const year of [2025, 2026, 2027]) {
			const counts: Record<string, number> = {};
			for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
				const info = dayKind(date);
				const isObserved = info.name?.en.endsWith('(observed)') === true;
				const key =
					info.kind === 'holiday'
						? isObserved
							? 'observed_day_off'
							: 'public_holiday'
						: info.kind === 'transferredDayOff'
							? 'transferred_day_off'
							: info.kind === 'transferredWorkingDay'
								? 'transferred_working_day'
								: null;
				if (key) {
					counts[key] = (counts[key] ?? 0) + 1;
				}
				if (info.shortenedByHours === 1) {
					counts.pre_holiday_shortened_day = (counts.pre_holiday_shortened_day ?? 0) + 1;
				}
			}
			expect(counts).toEqual(oracle.meta.counts[String(year) as '2025' | '2026' | '2027']);
		}
	});

	it('has the weekday the list gives for every entry', () => {
		const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
		for (const entry of oracle.entries) {
			expect(names[isoWeekday(entry.date) - 1], entry.date).toBe(entry.weekday);
		}
	});

	it('copies every transfer of the list into the shipped data', () => {
		const listed = oracle.entries
			.filter((entry) => entry.kind === 'transferred_day_off')
			.map((entry) => entry.date);
		// The list covers 2025–2027; earlier years are tested in calendar-2018-2024.test.ts.
		const shipped = latvianCalendarData.transfers
			.map((t) => t.dayOff)
			.filter((date) => date >= '2025-01-01');
		expect(shipped.sort()).toEqual(listed.sort());
	});
});

describe('2027: the Cabinet order is not known yet', () => {
	it('says so, and treats the likely candidates as the working days they are today', () => {
		expect(transfersKnown(2025)).toBe(true);
		expect(transfersKnown(2026)).toBe(true);
		expect(transfersKnown(2027)).toBe(false);
		expect(transfersKnown(2028)).toBe(false);
		const candidates = oracle.pending_2027_candidates.map((candidate) => candidate.date);
		expect(candidates).toEqual(['2027-05-03', '2027-06-25', '2027-11-19']);
		expect(candidates.map((date) => dayKind(date).kind)).toEqual([
			'shortened',
			'working',
			'working'
		]);
	});

	it('takes a published order as one added transfer, and everything else follows', () => {
		const withOrder: CalendarData = {
			...latvianCalendarData,
			transfers: [
				...latvianCalendarData.transfers,
				{ dayOff: '2027-05-03', workingDay: '2027-05-08', source: 'hypothetical order' }
			]
		};
		const calendar = createCalendar(withOrder);
		expect(summary(calendar.dayInfo('2027-05-03'))).toEqual({
			kind: 'transferredDayOff',
			shortenedByHours: 0
		});
		// The moved Saturday takes over the pre-holiday shortening of the Monday it replaces.
		expect(calendar.dayInfo('2027-05-08')).toMatchObject({
			kind: 'transferredWorkingDay',
			isWorkingDay: true,
			shortenedByHours: 1,
			transferredWith: '2027-05-03'
		});
		for (let date = '2027-01-01'; date <= '2027-12-31'; date = addDays(date, 1)) {
			if (date !== '2027-05-03' && date !== '2027-05-08') {
				expect(calendar.dayInfo(date), date).toEqual(dayKind(date));
			}
		}
	});
});

describe('rules computed for any year', () => {
	it('finds Easter Sunday', () => {
		const known = {
			2000: '2000-04-23',
			2008: '2008-03-23',
			2011: '2011-04-24',
			2019: '2019-04-21',
			2024: '2024-03-31',
			2025: '2025-04-20',
			2026: '2026-04-05',
			2027: '2027-03-28',
			2038: '2038-04-25'
		};
		for (const [year, date] of Object.entries(known)) {
			expect(easterSunday(Number(year))).toBe(date);
		}
	});

	it('observes 4 May and 18 November on the next working day when they fall on a weekend', () => {
		expect(dayKind('2028-11-18').kind).toBe('holiday'); // Saturday
		expect(dayKind('2028-11-20')).toMatchObject({
			kind: 'holiday',
			name: {
				lv: 'Latvijas Republikas Proklamēšanas diena (brīvdiena)',
				en: 'Republic of Latvia Proclamation Day (observed)'
			}
		});
		expect(dayKind('2030-05-06').name?.en).toBe('Restoration of Independence Day (observed)');
		expect(dayKind('2031-05-05').name?.en).toBe('Restoration of Independence Day (observed)');
		expect(dayKind('2029-05-04').kind).toBe('holiday'); // a Friday: nothing observed
		expect(dayKind('2029-05-07').kind).toBe('working');
	});

	it('keeps both names when Pentecost is Mother’s Day', () => {
		expect(dayKind('2035-05-13').name).toEqual({
			lv: 'Mātes diena; Vasarsvētki',
			en: "Mother's Day; Pentecost"
		});
	});

	it('lists the fifteen holidays of the law in a year without data', () => {
		let holidays = 0;
		for (let date = '2031-01-01'; date <= '2031-12-31'; date = addDays(date, 1)) {
			const info = dayKind(date);
			if (info.kind === 'holiday' && !info.name?.en.endsWith('(observed)')) {
				holidays += 1;
			}
		}
		expect(holidays).toBe(15);
	});

	it('shortens the working day before a holiday, Friday before a Saturday holiday too', () => {
		expect(dayKind('2028-06-22').kind).toBe('shortened'); // Thursday before Līgo
		expect(dayKind('2032-04-30').kind).toBe('shortened'); // Friday before Saturday 1 May
		expect(dayKind('2028-06-22').shortenedByHours).toBe(1);
	});

	it('refuses what is not a calendar date', () => {
		for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '', '1500-01-01', 'today']) {
			expect(() => dayKind(bad), bad).toThrow(RangeError);
		}
		expect(dayKind('2028-02-29').kind).toBe('working');
	});
});

describe('overrides: where the data wins over the rules', () => {
	const calendar = createCalendar({
		...latvianCalendarData,
		overrides: [
			{
				date: '2023-05-29',
				kind: 'holiday',
				nameLv: 'Hokeja bronzas diena',
				nameEn: 'Ice hockey bronze day',
				source: 'test'
			},
			{ date: '2030-12-23', kind: 'working', source: 'test' }
		]
	});

	it('changes exactly the overridden days', () => {
		expect(calendar.dayInfo('2023-05-29')).toMatchObject({ kind: 'holiday', isWorkingDay: false });
		expect(calendar.dayInfo('2023-05-30').kind).toBe('working');
		expect(dayKind('2030-12-23').kind).toBe('shortened');
		expect(calendar.dayInfo('2030-12-23')).toMatchObject({ kind: 'working', shortenedByHours: 0 });
	});
});
