import { addDays, isoDate, isoWeekday, isWeekend } from './dates';

/**
 * What the law fixes for every year, with no per-year data: the public holidays of the law
 * "Par svētku, atceres un atzīmējamām dienām" (On Holidays, Remembrance Days and Celebration
 * Days), Art. 1, and the day off observed when 4 May or 18 November falls on a weekend
 * (same article, in force since 2007). Cabinet-ordered transfers and one-off holidays are data
 * (holidays-lv.json).
 */

export interface DayName {
	lv: string;
	en: string;
}

export interface LawHoliday {
	date: string;
	name: DayName;
	/** Observed days off are not holidays (svētku dienas) themselves: no pre-holiday day. */
	isObserved: boolean;
}

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return isoDate(year, month, day);
}

const RESTORATION: DayName = {
	lv: 'Latvijas Republikas Neatkarības atjaunošanas diena',
	en: 'Restoration of Independence Day'
};
const PROCLAMATION: DayName = {
	lv: 'Latvijas Republikas Proklamēšanas diena',
	en: 'Republic of Latvia Proclamation Day'
};

/**
 * The amendments of 24 May 2007 (in force 26 June 2007) added Christmas Eve and the observed
 * day off after 4 May and 18 November on a weekend. Each year gets the law as it stood then;
 * from 2007 to today Art. 1's list has not otherwise changed (the Song and Dance Celebration's
 * closing day, a holiday since 2014, and the one-off days are data: holidays-lv.json).
 */
const AMENDED_2007 = '2007-06-26';

/** Art. 1's list for one year (15 days; Mother's Day and Pentecost are always Sundays). */
export function publicHolidays(year: number): LawHoliday[] {
	const easter = easterSunday(year);
	const fixed = (month: number, day: number, lv: string, en: string) => ({
		date: isoDate(year, month, day),
		name: { lv, en }
	});
	const list = [
		fixed(1, 1, 'Jaungada diena', "New Year's Day"),
		{ date: addDays(easter, -2), name: { lv: 'Lielā Piektdiena', en: 'Good Friday' } },
		{ date: easter, name: { lv: 'Pirmās Lieldienas', en: 'Easter Sunday' } },
		{ date: addDays(easter, 1), name: { lv: 'Otrās Lieldienas', en: 'Easter Monday' } },
		fixed(
			5,
			1,
			'Darba svētki; Latvijas Republikas Satversmes sapulces sasaukšanas diena',
			'Labour Day; Constitutional Assembly Convocation Day'
		),
		{ date: isoDate(year, 5, 4), name: RESTORATION },
		{ date: secondSundayOfMay(year), name: { lv: 'Mātes diena', en: "Mother's Day" } },
		{ date: addDays(easter, 49), name: { lv: 'Vasarsvētki', en: 'Pentecost' } },
		fixed(6, 23, 'Līgo diena', 'Midsummer Eve'),
		fixed(6, 24, 'Jāņu diena', 'Midsummer Day'),
		{ date: isoDate(year, 11, 18), name: PROCLAMATION },
		...(isoDate(year, 12, 24) >= AMENDED_2007
			? [fixed(12, 24, 'Ziemassvētku vakars', 'Christmas Eve')]
			: []),
		fixed(12, 25, 'Pirmie Ziemassvētki', 'Christmas Day'),
		fixed(12, 26, 'Otrie Ziemassvētki', 'Second Day of Christmas'),
		fixed(12, 31, 'Vecgada diena', "New Year's Eve")
	];
	return list.map((holiday) => ({ ...holiday, isObserved: false }));
}

/**
 * The law's holidays plus the observed days off: when 4 May or 18 November falls on a
 * Saturday or Sunday, the next working day is a day off. Two holidays on one date (Pentecost
 * can be Mother's Day) become one entry with both names.
 */
export function lawHolidays(year: number): Map<string, LawHoliday> {
	const byDate = new Map<string, LawHoliday>();
	for (const holiday of publicHolidays(year)) {
		const same = byDate.get(holiday.date);
		byDate.set(
			holiday.date,
			same
				? {
						...same,
						name: {
							lv: `${same.name.lv}; ${holiday.name.lv}`,
							en: `${same.name.en}; ${holiday.name.en}`
						}
					}
				: holiday
		);
	}
	for (const [date, name] of [
		[isoDate(year, 5, 4), RESTORATION],
		[isoDate(year, 11, 18), PROCLAMATION]
	] as const) {
		if (!isWeekend(date) || date < AMENDED_2007) {
			continue;
		}
		let observed = addDays(date, 1);
		while (isWeekend(observed) || byDate.has(observed)) {
			observed = addDays(observed, 1);
		}
		byDate.set(observed, {
			date: observed,
			name: { lv: `${name.lv} (brīvdiena)`, en: `${name.en} (observed)` },
			isObserved: true
		});
	}
	return byDate;
}

function secondSundayOfMay(year: number): string {
	const first = isoDate(year, 5, 1);
	const toSunday = (7 - isoWeekday(first)) % 7;
	return addDays(first, toSunday + 7);
}
