/**
 * The Latvian working-day calendar and APL terms (docs/working-days.md). Dates are
 * 'YYYY-MM-DD' strings, days in Europe/Riga; every function throws a RangeError on a string
 * that is not a calendar date, so parse untrusted input with zCalendarDate / zDueDateInput.
 */
import { createCalendar } from './calendar';
import { latvianCalendarData } from './data';
import { createTerms } from './terms';

const calendar = createCalendar(latvianCalendarData);
const terms = createTerms(calendar.isWorkingDay);

/** Whether offices work that day (weekdays, shortened days, Cabinet-moved Saturdays). */
export const isWorkingDay: (date: string) => boolean = calendar.isWorkingDay;
/** The day's kind, with its name (lv/en) when it is a holiday, shortened or transferred. */
export const dayKind = calendar.dayInfo;
/** False for a year whose Cabinet order on transfers is not in the data (2027 for now). */
export const transfersKnown = calendar.transfersKnown;

export const { addWorkingDays, workingDaysBetween, addMonthsTerm, dueDate, status } = terms;

export { createCalendar, createTerms, latvianCalendarData };
export { zCalendarDate, isCalendarDate } from './dates';
export { zCalendarData } from './data';
export { zTerm, zPause, zDueDateInput, MAX_MONTHS, MAX_WORKING_DAYS } from './terms';
export { easterSunday } from './rules';
export type { DayInfo, DayKind, DayCalendar } from './calendar';
export type { CalendarData, Transfer, Override } from './data';
export type { Term, Pause, DueDateInput, DueStatus, Terms } from './terms';
export type { DayName } from './rules';
