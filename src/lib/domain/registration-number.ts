/**
 * Registration numbers of Latvian legal entities (reģistrācijas numurs): 11 digits whose
 * weighted sum, with weights 9 1 4 8 3 10 2 5 7 6 1, leaves 3 when divided by 11. Why each
 * rule is what it is: docs/personal-codes.md.
 *
 * People type them as printed on invoices and in the VAT register: `40003521600`,
 * `LV40003521600`, `LV 4000 3521 600`, `4000-352-1600`. Every check and every comparison
 * (with the company the person signed in for) takes the 11 digits first.
 */

export type RegistrationNumberError = 'format' | 'personalCode' | 'firstDigit' | 'checksum';

export type RegistrationNumberResult =
	{ ok: true; normalized: string } | { ok: false; error: RegistrationNumberError };

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

/**
 * The first digits legal entities' numbers have: 4 (the Register of Enterprises: companies,
 * associations, foundations and the rest it registers), 5 (numbers it gave in the 1990s,
 * many still in use) and 9 (state and municipal institutions, registered as taxpayers by
 * the State Revenue Service). 0–3 begin personal codes; 6–8 are not given.
 */
const ENTITY_FIRST_DIGITS = new Set(['4', '5', '9']);

/**
 * The digits of a number as typed, or null when it is not 11 digits: spaces and hyphens
 * anywhere are dropped and a leading `LV` (the VAT form) is taken off.
 */
export function registrationNumberDigits(input: string): string | null {
	const compact = input
		.replace(/[\s\-‐‑–]+/gu, '')
		.toUpperCase()
		.replace(/^LV/, '');
	return /^\d{11}$/.test(compact) ? compact : null;
}

function checksumHolds(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < 11; i++) {
		sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
	}
	return sum % 11 === 3;
}

export function parseRegistrationNumber(input: string): RegistrationNumberResult {
	const digits = registrationNumberDigits(input);
	if (!digits) {
		return { ok: false, error: 'format' };
	}
	const first = digits[0] ?? '';
	if (!ENTITY_FIRST_DIGITS.has(first)) {
		return { ok: false, error: first <= '3' ? 'personalCode' : 'firstDigit' };
	}
	return checksumHolds(digits)
		? { ok: true, normalized: digits }
		: { ok: false, error: 'checksum' };
}

export function isValidRegistrationNumber(input: string): boolean {
	return parseRegistrationNumber(input).ok;
}

/** The 11 digits of a valid number, or null. */
export function normalizeRegistrationNumber(input: string): string | null {
	const result = parseRegistrationNumber(input);
	return result.ok ? result.normalized : null;
}

/**
 * Whether two numbers as typed name the same entity: compared by their digits, so
 * `LV 4000 3521 600` is `40003521600`. Anything else is compared as typed (trimmed).
 */
export function sameRegistrationNumber(a: string, b: string): boolean {
	return (registrationNumberDigits(a) ?? a.trim()) === (registrationNumberDigits(b) ?? b.trim());
}
