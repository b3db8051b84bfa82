/**
 * The child's birth date and age as the enrolment rules need them. Dates are calendar days
 * (YYYY-MM-DD) compared as text, which orders them correctly; no clock or time zone enters.
 */
import { parsePersonalCode } from '../../domain/personal-code';
import { isIsoDate } from '../engine/formats';
import type { Answers } from '../types';
import { F, textOf } from './fields';

export type CodeForm = 'old' | 'new' | null;

/** The form of the child's personal code as typed, or null when it is not a valid code. */
export function codeFormOf(answers: Answers): CodeForm {
	const code = textOf(answers[F.childPersonalCode]);
	if (code === '') {
		return null;
	}
	const parsed = parsePersonalCode(code);
	return parsed.ok ? parsed.form : null;
}

/** The birth date an old-form personal code carries, or null (new form, invalid, empty). */
export function codeBirthDate(code: unknown): string | null {
	const text = textOf(code);
	if (text === '') {
		return null;
	}
	const parsed = parsePersonalCode(text);
	return parsed.ok ? parsed.birthDate : null;
}

/**
 * The child's birth date: read from an old-form code, or as stated beside a new-form code
 * (which carries none). Null while neither is known.
 */
export function childBirthDateOf(answers: Answers): string | null {
	const fromCode = codeBirthDate(answers[F.childPersonalCode]);
	if (fromCode) {
		return fromCode;
	}
	if (codeFormOf(answers) !== 'new') {
		return null;
	}
	const stated = textOf(answers[F.childBirthDate]);
	return isIsoDate(stated) ? stated : null;
}

/**
 * The day `months` months after `date`; a day the month lacks becomes its last day (born
 * 31 August, 18 months old on 28 or 29 February): the reading of "reached 1.5 years" that
 * never makes a child wait for a day that does not exist.
 */
export function addMonths(date: string, months: number): string {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7)) - 1 + months;
	const day = Number(date.slice(8, 10));
	const targetYear = year + Math.floor(month / 12);
	const targetMonth = ((month % 12) + 12) % 12;
	const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
	const d = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
	return d.toISOString().slice(0, 10);
}

/** Whether a child born on `birth` is at least `months` months old on `on`. */
export function isAtLeastMonthsOld(birth: string, on: string, months: number): boolean {
	return addMonths(birth, months) <= on;
}

/**
 * The age the child reaches in the calendar year of `date` (General Education Law s. 32:
 * school starts "in the calendar year in which the child turns seven").
 */
export function ageReachedInYear(birth: string, date: string): number {
	return Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
}
