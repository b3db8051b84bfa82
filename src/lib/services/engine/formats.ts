/**
 * Checks of typed values shared by the field schemas. Each takes the trimmed text as the
 * person typed it and says whether its shape is right; the stored value stays as typed.
 */

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return false;
	}
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// Deliberately loose (one @, a dot in the domain, no spaces): the address is confirmed by
// writing to it, and stricter patterns refuse real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(value: string): boolean {
	return value.length <= 254 && EMAIL.test(value);
}

/**
 * A telephone number: Latvian (8 digits starting 2, 6, 8 or 9, optionally after +371 or
 * 00371) or international in E.164 form (+ and 7 to 15 digits). Spaces and hyphens between
 * digits are allowed, as people write them ("+371 2612 3456").
 */
export function isPhone(value: string): boolean {
	if (!/^\+?[\d -]+$/.test(value) || /[ -]{2}/.test(value) || /^[ -]|[ -]$/.test(value)) {
		return false;
	}
	const compact = value.replace(/[ -]/g, '').replace(/^00/, '+');
	if (/^(\+371)?[2689]\d{7}$/.test(compact)) {
		return true;
	}
	return /^\+[1-9]\d{6,14}$/.test(compact) && !compact.startsWith('+371');
}

// A decimal number as typed: digits, an optional sign, and a decimal point or (as written in
// Latvia) a decimal comma.
const DECIMAL = /^-?\d{1,15}([.,]\d{1,10})?$/;

/** The number a decimal-string field holds, or null when it is empty or not a number. */
export function parseDecimal(value: unknown): number | null {
	if (typeof value !== 'string') {
		return null;
	}
	const trimmed = value.trim();
	if (!DECIMAL.test(trimmed)) {
		return null;
	}
	const number = Number(trimmed.replace(',', '.'));
	return Number.isFinite(number) ? number : null;
}
