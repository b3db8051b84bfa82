/**
 * Latvian personal codes (personas kods).
 *
 * Two forms are in use:
 * - the old form `DDMMYY-CNNNZ`: the birth date, a century digit C (0 = 1800s, 1 = 1900s,
 *   2 = 2000s), three serial digits and a check digit Z;
 * - the form issued since 1 July 2017: 11 digits starting with `32`, carrying no birth date
 *   and no public check digit, so only its shape can be checked.
 *
 * The hyphen after the sixth digit is optional on input; `normalizePersonalCode` adds it.
 */

export type PersonalCodeError = 'format' | 'date' | 'checksum';

export type PersonalCodeResult =
	| { ok: true; normalized: string; form: 'old' | 'new'; birthDate: string | null }
	| { ok: false; error: PersonalCodeError };

const OLD_FORM_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CENTURY_BY_DIGIT: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };

function digitsOf(input: string): string | null {
	const compact = input.trim().replace(/^(\d{6})-(\d{5})$/, '$1$2');
	return /^\d{11}$/.test(compact) ? compact : null;
}

/** The check digit of an old-form code, from its first ten digits; null when none exists. */
export function oldFormCheckDigit(firstTen: string): number | null {
	let sum = 0;
	for (let i = 0; i < 10; i++) {
		sum += Number(firstTen[i]) * (OLD_FORM_WEIGHTS[i] ?? 0);
	}
	const check = (1101 - sum) % 11;
	// A remainder of 10 has no digit: no valid code ends that way.
	return check === 10 ? null : check;
}

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export function parsePersonalCode(input: string): PersonalCodeResult {
	const digits = digitsOf(input);
	if (!digits) {
		return { ok: false, error: 'format' };
	}
	const normalized = `${digits.slice(0, 6)}-${digits.slice(6)}`;
	if (digits.startsWith('32')) {
		return { ok: true, normalized, form: 'new', birthDate: null };
	}
	const day = Number(digits.slice(0, 2));
	const month = Number(digits.slice(2, 4));
	const century = CENTURY_BY_DIGIT[digits[6] ?? ''];
	if (century === undefined) {
		return { ok: false, error: 'format' };
	}
	const year = century + Number(digits.slice(4, 6));
	if (!isRealDate(year, month, day)) {
		return { ok: false, error: 'date' };
	}
	if (oldFormCheckDigit(digits.slice(0, 10)) !== Number(digits[10])) {
		return { ok: false, error: 'checksum' };
	}
	const birthDate = `${year}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
	return { ok: true, normalized, form: 'old', birthDate };
}

export function isValidPersonalCode(input: string): boolean {
	return parsePersonalCode(input).ok;
}

export function normalizePersonalCode(input: string): string | null {
	const result = parsePersonalCode(input);
	return result.ok ? result.normalized : null;
}
