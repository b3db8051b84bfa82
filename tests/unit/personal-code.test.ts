import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	isValidPersonalCode,
	normalizePersonalCode,
	oldFormCheckDigit,
	parsePersonalCode,
	samePersonalCode
} from '../../src/lib/domain/personal-code';

/** Completes ten digits with their check digit. */
function withCheckDigit(firstTen: string): string {
	return `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${oldFormCheckDigit(firstTen)}`;
}

/** The raw remainder before it is read as a digit: (1101 − Σ weight·digit) mod 11. */
function remainder(firstTen: string): number {
	const weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	const sum = weights.reduce((acc, w, i) => acc + w * Number(firstTen[i]), 0);
	return (1101 - sum) % 11;
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
		// Days 32 and on are never dates: codes starting 32–39 are the new form.
		expect(parsePersonalCode('310485-12346')).toEqual({ ok: false, error: 'date' });
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
			'1503-8512346',
			'150385--12346',
			'150385-1234a'
		]) {
			expect(parsePersonalCode(input)).toEqual({ ok: false, error: 'format' });
		}
	});
});

describe('typed with spaces', () => {
	it('ignores spaces anywhere, with or without the hyphen', () => {
		for (const typed of [
			'150385 12346',
			'150 385 123 46',
			'150385 - 12346',
			'1503\u00a085-12346'
		]) {
			expect(parsePersonalCode(typed)).toMatchObject({ ok: true, normalized: '150385-12346' });
		}
		expect(parsePersonalCode('32 1000 12345')).toMatchObject({
			ok: true,
			normalized: '321000-12345'
		});
	});

	it('compares codes by their digits', () => {
		expect(samePersonalCode('150385-12346', '150385 12346')).toBe(true);
		expect(samePersonalCode('15038512346', ' 150385-12346')).toBe(true);
		expect(samePersonalCode('150385-12346', '150385-12347')).toBe(false);
	});
});

describe('a remainder of 10', () => {
	it('reads it as the check digit 0, as python-stdnum and the other peers do', () => {
		expect(remainder('1503851005')).toBe(10);
		expect(oldFormCheckDigit('1503851005')).toBe(0);
		expect(parsePersonalCode('150385-10050')).toMatchObject({ ok: true, birthDate: '1985-03-15' });
		expect(parsePersonalCode('150385-10051')).toEqual({ ok: false, error: 'checksum' });
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

	it('accepts 33… to 39…, which the law allows though only 32… has been issued', () => {
		for (let second = 2; second <= 9; second++) {
			expect(parsePersonalCode(`3${second}1000-12345`)).toMatchObject({ ok: true, form: 'new' });
		}
		// 30… and 31… are old-form codes of the 30th and 31st day.
		expect(parsePersonalCode('300185-12346')).not.toMatchObject({ form: 'new' });
		expect(parsePersonalCode('310185-12346')).not.toMatchObject({ form: 'new' });
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
		});

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
				const wrong = (check + shift) % 10;
				expect(parsePersonalCode(`${firstTen}${wrong}`)).toEqual({ ok: false, error: 'checksum' });
			})
		);
	});

	it('spaces typed between any digits change nothing', () => {
		fc.assert(
			fc.property(
				validOldForm,
				fc.array(fc.constantFrom(' ', '  ', '\u00a0', '\t'), { minLength: 11, maxLength: 11 }),
				({ firstTen, check }, gaps) => {
					const code = `${firstTen}${check}`;
					const spaced = [...code].map((digit, i) => `${gaps[i] ?? ''}${digit}`).join('');
					expect(normalizePersonalCode(spaced)).toBe(normalizePersonalCode(code));
					expect(samePersonalCode(spaced, code)).toBe(true);
				}
			)
		);
	});

	it('every new-form code 32…–39… is accepted and keeps its digits', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{9}$/), (second, rest) => {
				const digits = `3${second}${rest}`;
				expect(parsePersonalCode(digits)).toEqual({
					ok: true,
					normalized: `${digits.slice(0, 6)}-${digits.slice(6)}`,
					form: 'new',
					birthDate: null
				});
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
