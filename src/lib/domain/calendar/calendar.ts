import { addDays, isoWeekday, isWeekend, latvianDate, toDayNumber, yearOf } from './dates';
import type { CalendarData } from './data';
import { lawHolidays, type DayName, type LawHoliday } from './rules';

export type DayKind =
	'working' | 'shortened' | 'weekend' | 'holiday' | 'transferredDayOff' | 'transferredWorkingDay';

export interface DayInfo {
	date: string;
	kind: DayKind;
	/** Offices are open: 'working', 'shortened' and 'transferredWorkingDay'. */
	isWorkingDay: boolean;
	/** Darba likums Art. 135: working time is one hour shorter on the day before a holiday. */
	shortenedByHours: 0 | 1;
	/** Every kind but 'working' and 'weekend' has one (observed days: "… (observed)"). */
	name?: DayName;
	/** The other day of a Cabinet-ordered transfer. */
	transferredWith?: string;
}

export interface DayCalendar {
	dayInfo: (date: string) => DayInfo;
	isWorkingDay: (date: string) => boolean;
	/** Whether the Cabinet's transfers for the year are known (published and in the data). */
	transfersKnown: (year: number) => boolean;
}

const WORKING_KINDS: ReadonlySet<DayKind> = new Set([
	'working',
	'shortened',
	'transferredWorkingDay'
]);

const SHORTENED_NAME: DayName = {
	lv: 'Pirmssvētku diena (darba laiks par 1 stundu īsāks)',
	en: 'Pre-holiday day (working time 1 hour shorter)'
};

/**
 * A calendar over the rules of law (rules.ts) and the per-year data; the data wins where both
 * speak about a day. Years are built once, on first use, and kept.
 */
export function createCalendar(data: CalendarData): DayCalendar {
	const years = new Map<number, Map<string, DayInfo>>();
	const lawYears = new Map<number, Map<string, LawHoliday>>();

	const lawHoliday = (date: string): LawHoliday | undefined => {
		const year = yearOf(date);
		let holidays = lawYears.get(year);
		if (!holidays) {
			holidays = lawHolidays(year);
			lawYears.set(year, holidays);
		}
		return holidays.get(date);
	};
	// A pre-holiday day is a working day whose next calendar day is a holiday of Art. 1;
	// an observed day off is not such a holiday (see docs/working-days.md).
	const isEveOfHoliday = (date: string): boolean => {
		const next = lawHoliday(addDays(date, 1));
		return next !== undefined && !next.isObserved;
	};

	const buildYear = (year: number): Map<string, DayInfo> => {
		const days = new Map<string, DayInfo>();
		const transfers = data.transfers.filter(
			(t) => yearOf(t.dayOff) === year || yearOf(t.workingDay) === year
		);
		const transferredOff = new Set(transfers.map((t) => t.dayOff));
		for (const date of yearDates(year)) {
			const holiday = lawHoliday(date);
			if (holiday) {
				days.set(date, special(date, 'holiday', holiday.name));
			} else if (!isWeekend(date) && !transferredOff.has(date) && isEveOfHoliday(date)) {
				days.set(date, { ...special(date, 'shortened', SHORTENED_NAME), shortenedByHours: 1 });
			}
		}
		for (const { dayOff, workingDay } of transfers) {
			if (yearOf(dayOff) === year && !lawHoliday(dayOff)) {
				days.set(dayOff, {
					...special(dayOff, 'transferredDayOff', {
						lv: `Brīvdiena (pārcelta darba diena uz ${latvianDate(workingDay)})`,
						en: `Day off (working day moved to ${workingDay})`
					}),
					transferredWith: workingDay
				});
			}
			if (yearOf(workingDay) === year) {
				// VDI: the moved Saturday keeps the properties of the day it replaces.
				days.set(workingDay, {
					...special(workingDay, 'transferredWorkingDay', {
						lv: `Pārceltā darba diena (no ${latvianDate(dayOff)})`,
						en: `Working ${isoWeekday(workingDay) === 6 ? 'Saturday' : 'day'} (replaces ${dayOff})`
					}),
					shortenedByHours: isEveOfHoliday(dayOff) ? 1 : 0,
					transferredWith: dayOff
				});
			}
		}
		for (const override of data.overrides) {
			if (yearOf(override.date) !== year) {
				continue;
			}
			days.set(
				override.date,
				override.kind === 'holiday'
					? special(override.date, 'holiday', { lv: override.nameLv, en: override.nameEn })
					: override.kind === 'shortened'
						? { ...special(override.date, 'shortened', SHORTENED_NAME), shortenedByHours: 1 }
						: plain(override.date, 'working')
			);
		}
		return days;
	};

	const dayInfo = (date: string): DayInfo => {
		const year = yearOf(date);
		toDayNumber(date); // refuses what is not a calendar date before anything is cached
		let days = years.get(year);
		if (!days) {
			days = buildYear(year);
			years.set(year, days);
		}
		return days.get(date) ?? plain(date, isWeekend(date) ? 'weekend' : 'working');
	};

	return {
		dayInfo,
		isWorkingDay: (date) => dayInfo(date).isWorkingDay,
		transfersKnown: (year) => {
			const order = data.years[String(year)]?.cabinetOrder;
			return order === 'published' || order === 'none';
		}
	};
}

function special(date: string, kind: DayKind, name: DayName): DayInfo {
	return { ...plain(date, kind), name };
}

function plain(date: string, kind: DayKind): DayInfo {
	return { date, kind, isWorkingDay: WORKING_KINDS.has(kind), shortenedByHours: 0 };
}

function* yearDates(year: number): Generator<string> {
	let date = `${year}-01-01`;
	while (yearOf(date) === year) {
		yield date;
		date = addDays(date, 1);
	}
}
