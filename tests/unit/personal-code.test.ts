import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	isValidPersonalCode,
	oldFormCheckDigit,
	parsePersonalCode
} from '../../src/lib/domain/personal-code';

/** Completes ten digits with their check digit (serials with no check digit are skipped). */
function withCheckDigit(firstTen: string): string {
	for (let serial = 0; serial < 10; serial++) {
		const ten = `${firstTen.slice(0, 9)}${(Number(firstTen[9]) + serial) % 10}`;
		const check = oldFormCheckDigit(ten);
		if (check !== null) {
			return `${ten.slice(0, 6)}-${ten.slice(6)}${check}`;
		}
	}
	throw new Error('no serial with a check digit');
}

describe('old-form personal codes (DDMMYY-CNNNZ)', () => {
	it('accepts a code with the right check digit, with or without the hyphen', () => {
		expect(parsePersonalCode('150385-12346')).toEqual({
			ok: true,
			normalized: '150385-12346',
			form: 'old',
			birthDate: '1985-03-15'
		});
		expect(parsePersonalCode('15038512346')).toMatchObject({
			ok: true,
			normalized: '150385-12346'
		});
		expect(parsePersonalCode(' 150385-12346 ')).toMatchObject({ ok: true });
	});

	it('reads the century from the seventh digit', () => {
		expect(parsePersonalCode('280817-22341')).toMatchObject({ birthDate: '2017-08-28' });
		expect(parsePersonalCode('180565-05610')).toMatchObject({ birthDate: '1865-05-18' });
	});

	it('refuses a wrong check digit', () => {
		expect(parsePersonalCode('150385-12345')).toEqual({ ok: false, error: 'checksum' });
		expect(parsePersonalCode('150385-12347')).toEqual({ ok: false, error: 'checksum' });
	});

	it('refuses dates that do not exist, at the month and leap-year edges', () => {
		// Day 32 is never a date: codes starting with 32 are the new form.
		expect(parsePersonalCode('330185-12346')).toEqual({ ok: false, error: 'date' });
		expect(parsePersonalCode('311185-12346')).toEqual({ ok: false, error: 'date' });
		expect(parsePersonalCode('001085-12346')).toEqual({ ok: false, error: 'date' });
		expect(parsePersonalCode('151385-12346')).toEqual({ ok: false, error: 'date' });
		// 29 February: 2000 was a leap year, 1900 was not.
		expect(parsePersonalCode(withCheckDigit('2902002001')).ok).toBe(true);
		expect(parsePersonalCode(withCheckDigit('2902001002'))).toEqual({ ok: false, error: 'date' });
		expect(parsePersonalCode(withCheckDigit('3112992999')).ok).toBe(true);
	});

	it('refuses an unknown century digit', () => {
		expect(parsePersonalCode('150385-32346')).toEqual({ ok: false, error: 'format' });
	});

	it('refuses the wrong shape', () => {
		for (const input of [
			'',
			'150385-1234',
			'150385-123467',
			'15-0385-12346',
			'abcdef-ghijk',
			'150385 12346'
		]) {
			expect(parsePersonalCode(input)).toEqual({ ok: false, error: 'format' });
		}
	});
});

describe('personal codes issued since 1 July 2017 (32…)', () => {
	it('accepts 11 digits starting with 32 and derives no birth date', () => {
		expect(parsePersonalCode('321000-12345')).toEqual({
			ok: true,
			normalized: '321000-12345',
			form: 'new',
			birthDate: null
		});
		expect(parsePersonalCode('32999999999')).toMatchObject({ ok: true, form: 'new' });
	});

	it('refuses the wrong length', () => {
		expect(isValidPersonalCode('32100012345')).toBe(true);
		expect(isValidPersonalCode('3210001234')).toBe(false);
		expect(isValidPersonalCode('321000123456')).toBe(false);
	});
});

describe('properties', () => {
	const validOldForm = fc
		.record({
			date: fc.date({
				min: new Date('1900-01-01'),
				max: new Date('2099-12-31'),
				noInvalidDate: true
			}),
			serial: fc.integer({ min: 0, max: 999 })
		})
		.map(({ date, serial }) => {
			const dd = String(date.getUTCDate()).padStart(2, '0');
			const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
			const year = date.getUTCFullYear();
			const firstTen = `${dd}${mm}${String(year % 100).padStart(2, '0')}${year >= 2000 ? 2 : 1}${String(serial).padStart(3, '0')}`;
			return { firstTen, check: oldFormCheckDigit(firstTen) };
		})
		.filter((c) => c.check !== null);

	it('accepts every real date with its check digit', () => {
		fc.assert(
			fc.property(validOldForm, ({ firstTen, check }) => {
				expect(isValidPersonalCode(`${firstTen}${check}`)).toBe(true);
			})
		);
	});

	it('refuses every other final digit', () => {
		fc.assert(
			fc.property(validOldForm, fc.integer({ min: 1, max: 9 }), ({ firstTen, check }, shift) => {
				const wrong = ((check ?? 0) + shift) % 10;
				expect(parsePersonalCode(`${firstTen}${wrong}`)).toEqual({ ok: false, error: 'checksum' });
			})
		);
	});

	it('never throws, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string(), (input) => {
				expect(typeof parsePersonalCode(input).ok).toBe('boolean');
			})
		);
	});
});
