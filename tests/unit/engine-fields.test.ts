import { describe, expect, it } from 'vitest';
import { toIssues } from '../../src/lib/domain/issues';
import { defineService } from '../../src/lib/services/engine';
import { draftFieldSchema } from '../../src/lib/services/engine/field-schemas';
import { submitFieldIssue } from '../../src/lib/services/engine/submit-checks';
import type { FieldDef, FieldKind } from '../../src/lib/services/types';

const label = { lv: 'L', en: 'L' };
const field = (kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef => ({
	name: 'x',
	kind,
	label,
	...extra
});

/** The message key of a value in draft mode, or null when the value is accepted. */
function draft(f: FieldDef, value: unknown): string | null {
	const parsed = draftFieldSchema(f).safeParse(value);
	if (parsed.success) {
		return null;
	}
	const def = defineService({ ...base, steps: [{ id: 's', title: label, fields: [f] }] });
	const issues = def.submitSchema.safeParse({ [f.name]: value });
	// Through the derived submit schema the same value is refused with a catalogue key.
	expect(issues.success).toBe(false);
	return toIssues(parsed.error)[0]?.message ?? 'none';
}

/** The message of a value at submission (draft shape first, then required and ranges). */
function submit(f: FieldDef, value: unknown): string | null {
	if (value === undefined) {
		return submitFieldIssue(f, undefined);
	}
	const parsed = draftFieldSchema(f).safeParse(value);
	return parsed.success ? submitFieldIssue(f, parsed.data) : toIssues(parsed.error)[0]!.message;
}

const base = {
	id: 'fields',
	title: label,
	settingsSchema: undefined as never,
	defaultSettings: {},
	workflow: { states: [], transitions: [] },
	checkMunicipalRules: () => [],
	summary: () => ''
};

describe('text kinds', () => {
	it('trims and caps length (200 by default, 2000 for long text, or the field max)', () => {
		expect(draftFieldSchema(field('text')).parse('  Anna  ')).toBe('Anna');
		expect(draft(field('text'), 'a'.repeat(200))).toBeNull();
		expect(draft(field('text'), 'a'.repeat(201))).toBe('field.textTooLong');
		expect(draft(field('longText'), 'a'.repeat(2000))).toBeNull();
		expect(draft(field('longText'), 'a'.repeat(2001))).toBe('field.textTooLong');
		expect(draft(field('text', { max: 5 }), 'abcdef')).toBe('field.textTooLong');
		expect(draft(field('text'), 12)).toBe('field.invalid');
	});
	it('refuses a huge hostile string without trouble', () => {
		expect(draft(field('text'), 'x'.repeat(5_000_000))).toBe('field.textTooLong');
	});
	it('requires a non-blank value at submission only when required', () => {
		expect(submit(field('text', { required: true }), '   ')).toBe('field.required');
		expect(submit(field('text', { required: true }), undefined)).toBe('field.required');
		expect(submit(field('text'), '')).toBeNull();
	});
});

describe('email and phone', () => {
	it('accepts an empty value in a draft and a well-formed one', () => {
		expect(draft(field('email'), '')).toBeNull();
		expect(draft(field('email'), ' anna@example.lv ')).toBeNull();
		expect(draft(field('email'), 'anna@example')).toBe('field.email');
		expect(draft(field('email'), 'anna example.lv')).toBe('field.email');
		expect(draft(field('email'), 'a@b@c.lv')).toBe('field.email');
	});
	it.each([
		['26123456', null],
		['+371 26123456', null],
		['+371 2612 3456', null],
		['00371 67012345', null],
		['6701-2345', null],
		['+44 20 7946 0958', null],
		['+4930123456', null],
		['12345678', 'field.phone'],
		['+371 2612345', 'field.phone'],
		['2612345', 'field.phone'],
		['+1 23', 'field.phone'],
		['26 12  3456', 'field.phone'],
		['tel 26123456', 'field.phone'],
		['+0123456789', 'field.phone']
	])('phone %s -> %s', (value, expected) => {
		expect(draft(field('phone'), value)).toBe(expected);
	});
});

describe('number', () => {
	const n = field('number', { min: 0, max: 100, required: true });
	it('takes a decimal string with a point or a comma', () => {
		expect(draft(n, '12')).toBeNull();
		expect(draft(n, '2,5')).toBeNull();
		expect(draft(n, '-0.75')).toBeNull();
		expect(draft(n, '1e3')).toBe('number.format');
		expect(draft(n, '12 m')).toBe('number.format');
		expect(draft(n, 12)).toBe('field.invalid');
	});
	it('checks the range at submission', () => {
		expect(submit(n, '100')).toBeNull();
		expect(submit(n, '100,01')).toBe('number.tooBig');
		expect(submit(n, '-1')).toBe('number.tooSmall');
		expect(submit(n, '')).toBe('field.required');
	});
});

describe('date', () => {
	it('accepts only real calendar dates', () => {
		expect(draft(field('date'), '2024-02-29')).toBeNull();
		expect(draft(field('date'), '2025-02-29')).toBe('date.format');
		expect(draft(field('date'), '2025-13-01')).toBe('date.format');
		expect(draft(field('date'), '1.2.2025')).toBe('date.format');
		expect(draft(field('date'), '')).toBeNull();
	});
});

describe('personal code and registration number', () => {
	it('uses the personal code rules', () => {
		expect(draft(field('personalCode'), '280817-22341')).toBeNull();
		expect(draft(field('personalCode'), '28081722341')).toBeNull();
		expect(draft(field('personalCode'), '123')).toBe('personalCode.format');
		expect(draft(field('personalCode'), '310217-22341')).toBe('personalCode.date');
		expect(draft(field('personalCode'), '280817-22342')).toBe('personalCode.checksum');
	});
	it('checks 11 digits with weights 9,1,4,8,3,10,2,5,7,6,1 and the sum mod 11 = 3', () => {
		// Real registration numbers from the Register of Enterprises' open data.
		expect(draft(field('registrationNumber'), '40003032949')).toBeNull();
		expect(draft(field('registrationNumber'), '40003245752')).toBeNull();
		// Worked example: 4*9+3*3+3*2+2*7+9*6+4*1... one digit changed breaks the sum.
		expect(draft(field('registrationNumber'), '40003032948')).toBe('registrationNumber.checksum');
		expect(draft(field('registrationNumber'), '4000303294')).toBe('registrationNumber.format');
		// Typed as on invoices (the VAT form, grouped): the same number.
		expect(draft(field('registrationNumber'), 'LV40003032949')).toBeNull();
		expect(draft(field('registrationNumber'), 'LV 4000 3032 949')).toBeNull();
		// A personal code is not a company's number.
		expect(draft(field('registrationNumber'), '15038512346')).toBe(
			'registrationNumber.personalCode'
		);
	});
});

describe('choices', () => {
	it('takes a choice as a string ("" = none) and lists as distinct strings, capped', () => {
		expect(draft(field('choice'), '')).toBeNull();
		expect(draft(field('choice'), 'riga-saulite')).toBeNull();
		expect(draft(field('choice'), ['a'])).toBe('field.invalid');
		expect(draft(field('rankedChoice'), ['a', 'b'])).toBeNull();
		expect(draft(field('rankedChoice'), ['a', 'a'])).toBe('list.duplicate');
		expect(draft(field('multiChoice'), ['a', ''])).toBe('field.invalid');
		expect(
			draft(
				field('multiChoice'),
				Array.from({ length: 51 }, (_, i) => `v${i}`)
			)
		).toBe('list.tooMany');
		expect(submit(field('multiChoice', { required: true }), [])).toBe('field.required');
	});
});

describe('address, map point, file and consent', () => {
	it('address is { text }, or null when not given', () => {
		expect(draft(field('address'), { text: 'Brīvības iela 1, Rīga' })).toBeNull();
		expect(draft(field('address'), null)).toBeNull();
		expect(draft(field('address'), 'Brīvības iela 1')).toBe('field.invalid');
		expect(draft(field('address'), { text: 'x', code: 1 })).toBe('field.invalid');
		expect(submit(field('address', { required: true }), { text: '  ' })).toBe('field.required');
	});
	it('map point is a finite WGS84 latitude and longitude', () => {
		expect(draft(field('mapPoint'), { lat: 56.9496, lon: 24.1052 })).toBeNull();
		expect(draft(field('mapPoint'), { lat: 91, lon: 0 })).toBe('mapPoint.range');
		expect(draft(field('mapPoint'), { lat: 0, lon: -180.5 })).toBe('mapPoint.range');
		expect(draft(field('mapPoint'), { lat: Number.NaN, lon: 0 })).toBe('field.invalid');
		expect(draft(field('mapPoint'), { lat: '56', lon: 24 })).toBe('field.invalid');
		expect(submit(field('mapPoint', { required: true }), null)).toBe('field.required');
	});
	it('file is a list of attachment ids, at most maxFiles', () => {
		const id = '01890a5d-ac96-774b-bcce-b302099a8057';
		const id2 = '01890a5d-ac96-774b-bcce-b302099a8058';
		expect(draft(field('file', { maxFiles: 1 }), [id])).toBeNull();
		expect(draft(field('file', { maxFiles: 1 }), [id, id2])).toBe('file.tooMany');
		expect(draft(field('file'), ['../etc/passwd'])).toBe('field.invalid');
		expect(submit(field('file', { required: true }), [])).toBe('file.required');
	});
	it('consent is a boolean and must be true to submit when required', () => {
		expect(draft(field('consent'), 'yes')).toBe('field.invalid');
		expect(submit(field('consent', { required: true }), false)).toBe('consent.required');
		expect(submit(field('consent', { required: true }), true)).toBeNull();
		expect(submit(field('consent'), false)).toBeNull();
	});
});
