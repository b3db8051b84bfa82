/**
 * Two schemas of each field kind's value:
 * - `savedFieldSchema`, what a saved draft may hold (autosave, the server's saveDraft): a
 *   value of the right type within its length cap, whatever it looks like so far. A person
 *   who pauses on `roberts@` or on a personal code with a wrong check digit is still typing;
 *   the form says what is wrong at the field, and the draft keeps what they typed.
 * - `draftFieldSchema`, the field's well-formed shape (a step's "continue" and submission):
 *   when present, a value must also have the right format.
 * A value may be empty ('' / [] / false / null). Strings are trimmed and every string and
 * list is capped, so hostile input cannot grow without bound. Being required, number
 * ranges and municipal data are checked later (submit-checks.ts, context-checks.ts).
 */
import { z } from 'zod';
import { parsePersonalCode } from '../../domain/personal-code';
import { parseRegistrationNumber } from '../../domain/registration-number';
import type { FieldDef } from '../types';
import { isEmail, isIsoDate, isPhone, parseDecimal } from './formats';

/** Default length caps by kind (a field's `max` overrides them for text-like kinds). */
export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
export const CHOICE_MAX = 100;
export const ADDRESS_MAX = 300;
/** No list (choices, files) may be longer than this, whatever a setting says. */
export const LIST_CAP = 50;
/** Files per field unless the field says otherwise (the attachment limits' default). */
export const DEFAULT_MAX_FILES = 10;

// A value of the wrong type (a number for a text, a string for a list): one plain message.
const INVALID = { error: 'field.invalid' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A trimmed string of at most `max` characters that is empty or passes `check`. */
function formatted(max: number, check: (value: string) => string | null) {
	return z
		.string(INVALID)
		.trim()
		.max(max, 'field.tooLong')
		.superRefine((value, ctx) => {
			const message = value === '' ? null : check(value);
			if (message) {
				ctx.addIssue({ code: 'custom', message });
			}
		});
}

const ok = (test: boolean, message: string) => (test ? null : message);

function personalCodeMessage(value: string): string | null {
	const parsed = parsePersonalCode(value);
	return parsed.ok ? null : `personalCode.${parsed.error}`;
}

function registrationNumberMessage(value: string): string | null {
	const parsed = parseRegistrationNumber(value);
	return parsed.ok ? null : `registrationNumber.${parsed.error}`;
}

/** A list of distinct strings, its length checked before its items (cheap refusal). */
function distinctList(cap: number, tooMany: string, item: z.ZodType<string>) {
	return z
		.array(z.unknown(), INVALID)
		.max(cap, tooMany)
		.pipe(
			z.array(item, INVALID).refine((list) => new Set(list).size === list.length, 'list.duplicate')
		);
}

const choiceValue = (max: number) =>
	z.string(INVALID).min(1, 'field.invalid').max(max, 'field.tooLong');

const mapPoint = z.strictObject(
	{
		lat: z.number(INVALID).min(-90, 'mapPoint.range').max(90, 'mapPoint.range'),
		lon: z.number(INVALID).min(-180, 'mapPoint.range').max(180, 'mapPoint.range')
	},
	INVALID
);

/** Length caps of the kinds typed as text with a format. */
const FORMATTED_MAX = {
	email: 254,
	phone: 30,
	number: 30,
	date: 20,
	personalCode: 20,
	registrationNumber: 20
} as const;

/** What a saved draft may hold for one field: formats are left to the form and submission. */
export function savedFieldSchema(field: FieldDef): z.ZodType {
	switch (field.kind) {
		case 'email':
		case 'phone':
		case 'number':
		case 'date':
		case 'personalCode':
		case 'registrationNumber':
			return z.string(INVALID).trim().max(FORMATTED_MAX[field.kind], 'field.tooLong');
		default:
			return draftFieldSchema(field);
	}
}

/** The well-formed shape of one field's value (the value itself, not `undefined`). */
export function draftFieldSchema(field: FieldDef): z.ZodType {
	switch (field.kind) {
		case 'text':
			return z
				.string(INVALID)
				.trim()
				.max(field.max ?? TEXT_MAX, 'field.tooLong');
		case 'longText':
			return z
				.string(INVALID)
				.trim()
				.max(field.max ?? LONG_TEXT_MAX, 'field.tooLong');
		case 'email':
			return formatted(FORMATTED_MAX.email, (v) => ok(isEmail(v), 'field.email'));
		case 'phone':
			return formatted(FORMATTED_MAX.phone, (v) => ok(isPhone(v), 'field.phone'));
		case 'number':
			return formatted(FORMATTED_MAX.number, (v) => ok(parseDecimal(v) !== null, 'number.format'));
		case 'date':
			return formatted(FORMATTED_MAX.date, (v) => ok(isIsoDate(v), 'date.format'));
		case 'personalCode':
			return formatted(FORMATTED_MAX.personalCode, personalCodeMessage);
		case 'registrationNumber':
			return formatted(FORMATTED_MAX.registrationNumber, registrationNumberMessage);
		case 'choice':
			// A machine value from a list: not trimmed; '' = not chosen.
			return z.string(INVALID).max(field.max ?? CHOICE_MAX, 'field.tooLong');
		case 'multiChoice':
		case 'rankedChoice':
			return distinctList(LIST_CAP, 'list.tooMany', choiceValue(field.max ?? CHOICE_MAX));
		case 'address':
			return z
				.strictObject({ text: z.string(INVALID).trim().max(ADDRESS_MAX, 'field.tooLong') }, INVALID)
				.nullable();
		case 'mapPoint':
			return mapPoint.nullable();
		case 'file':
			return distinctList(
				Math.min(field.maxFiles ?? DEFAULT_MAX_FILES, LIST_CAP),
				'file.tooMany',
				z.string(INVALID).regex(UUID, 'field.invalid')
			);
		case 'consent':
			return z.boolean(INVALID);
	}
}
