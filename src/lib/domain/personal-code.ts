/**
 * Latvian personal codes (personas kods). Why each rule is what it is: docs/personal-codes.md.
 *
 * Two forms are in use:
 * - the old form `DDMMYY-CNNNZ`: the birth date, a century digit C (0 = 1800s, 1 = 1900s,
 *   2 = 2000s), three serial digits and a check digit Z;
 * - the form issued since 1 July 2017: 11 digits, `3` then a digit 2–9 (only `32…` has been
 *   issued so far, but the Population Register Law allows the rest), carrying no birth date
 *   and no public check digit, so only its shape can be checked.
 *
 * On input, spaces anywhere and the hyphen after the sixth digit are ignored;
 * `normalizePersonalCode` gives the one stored form `DDMMYY-NNNNN`.
 */

export type PersonalCodeError = 'format' | 'date' | 'checksum';

export type PersonalCodeResult =
	| { ok: true; normalized: string; form: 'old' | 'new'; birthDate: string | null }
	| { ok: false; error: PersonalCodeError };

const OLD_FORM_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CENTURY_BY_DIGIT: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };
/** The new form: a 3, then 2–9 (a day of the month never starts that way: at most 31). */
const NEW_FORM = /^3[2-9]/;

/**
 * The 11 digits of a code as typed, or null when it does not have that shape. Whitespace
 * of any kind (a space, a no-break space pasted from a document) is dropped anywhere; one
 * hyphen is allowed, and only after the sixth digit, where the code is written with one.
 */
export function personalCodeDigits(input: string): string | null {
	const compact = input.replace(/\s+/gu, '').replace(/^(\d{6})-(\d{5})$/, '$1$2');
	return /^\d{11}$/.test(compact) ? compact : null;
}

/**
 * The check digit of an old-form code, from its first ten digits. Where the arithmetic gives
 * 10 the digit is 0, as the peer libraries read it (docs/personal-codes.md).
 */
export function oldFormCheckDigit(firstTen: string): number {
	let sum = 0;
	for (let i = 0; i < 10; i++) {
		sum += Number(firstTen[i]) * (OLD_FORM_WEIGHTS[i] ?? 0);
	}
	return ((1101 - sum) % 11) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export function parsePersonalCode(input: string): PersonalCodeResult {
	const digits = personalCodeDigits(input);
	if (!digits) {
		return { ok: false, error: 'format' };
	}
	const normalized = `${digits.slice(0, 6)}-${digits.slice(6)}`;
	if (NEW_FORM.test(digits)) {
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

/**
 * Whether two codes as typed are the same person's: compared by their digits, so
 * `010190-12345`, `01019012345` and `010190 12345` are one code. Codes that are not 11
 * digits are compared as typed (trimmed), so a half-typed pair still matches itself.
 */
export function samePersonalCode(a: string, b: string): boolean {
	return (personalCodeDigits(a) ?? a.trim()) === (personalCodeDigits(b) ?? b.trim());
}
