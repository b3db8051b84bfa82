import { z } from 'zod';

/** Slugs that name municipalities and e-services in URLs, rows and mutations. */
export const zMunicipalityId = z
	.string()
	.min(1)
	.max(40)
	.regex(/^[a-z0-9-]+$/, 'format');
export const zServiceId = z
	.string()
	.min(1)
	.max(60)
	.regex(/^[a-z0-9-]+$/, 'format');

/**
 * Characters no name a person types may hold: control characters (NUL, escape, line breaks:
 * Unicode Cc) and invisible format characters (Cf), among them the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that make `Skola\u202Eabc` display as
 * `Skolacba` and so show officers and citizens a name other than the one stored.
 */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function hasControlCharacters(text: string): boolean {
	return CONTROL_OR_FORMAT.test(text);
}

/**
 * A one-line name the platform stores and shows (an institution, a municipality, a person
 * added by an admin): trimmed, required, at most `max` characters, and refused with
 * `text.controlCharacters` at its field when it holds a character above.
 */
export function zPlainName(max: number) {
	return z
		.string()
		.trim()
		.min(1, 'field.required')
		.max(max, 'field.tooLong')
		.refine((value) => !hasControlCharacters(value), 'text.controlCharacters');
}
