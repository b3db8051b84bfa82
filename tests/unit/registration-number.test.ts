import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	isValidRegistrationNumber,
	normalizeRegistrationNumber,
	parseRegistrationNumber,
	sameRegistrationNumber
} from '../../src/lib/domain/registration-number';

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];

/** Ten digits completed with a last digit that makes the weighted sum leave 3, if one does. */
function complete(firstTen: string): string | null {
	const sum = WEIGHTS.slice(0, 10).reduce((acc, w, i) => acc + w * Number(firstTen[i]), 0);
	for (let last = 0; last <= 9; last++) {
		if ((sum + last) % 11 === 3) {
			return `${firstTen}${last}`;
		}
	}
	return null;
}

describe('registration numbers as people type them', () => {
	it('reads the forms on invoices and in the VAT register as the same 11 digits', () => {
		for (const typed of [
			'40003521600',
			'LV40003521600',
			'lv40003521600',
			'LV 4000 3521 600',
			'4000 3521 600',
			'4000-352-1600',
			' LV-40003521600 '
		]) {
			expect(parseRegistrationNumber(typed)).toEqual({ ok: true, normalized: '40003521600' });
		}
	});

	it('knows real numbers: a company, an old 5… number and a municipality', () => {
		expect(isValidRegistrationNumber('40003032949')).toBe(true);
		expect(isValidRegistrationNumber('90011524360')).toBe(true);
		expect(isValidRegistrationNumber('40203123456')).toBe(true);
	});

	it('refuses a number shaped like a personal code, and first digits never given', () => {
		// 150385-12346 is a valid personal code; as a registration number it starts with 1.
		expect(parseRegistrationNumber('15038512346')).toEqual({ ok: false, error: 'personalCode' });
		expect(parseRegistrationNumber('32100012345')).toEqual({ ok: false, error: 'personalCode' });
		const six = complete('6000352160');
		expect(six && parseRegistrationNumber(six)).toEqual({ ok: false, error: 'firstDigit' });
	});

	it('refuses the wrong shape and a wrong check', () => {
		for (const typed of ['', '4000352160', '400035216000', 'LT40003521600', '40003521600LV']) {
			expect(parseRegistrationNumber(typed)).toEqual({ ok: false, error: 'format' });
		}
		expect(parseRegistrationNumber('40003521601')).toEqual({ ok: false, error: 'checksum' });
	});

	it('compares the typed forms by their digits', () => {
		expect(sameRegistrationNumber('LV 4000 3521 600', '40003521600')).toBe(true);
		expect(sameRegistrationNumber('40003521600', '40003032949')).toBe(false);
	});
});

describe('properties', () => {
	const valid = fc
		.tuple(fc.constantFrom('4', '5', '9'), fc.stringMatching(/^\d{9}$/))
		.map(([first, rest]) => complete(`${first}${rest}`))
		.filter((n): n is string => n !== null);

	/** The number written with an optional LV and separators between any digits. */
	const typedForm = (digits: string) =>
		fc
			.tuple(
				fc.constantFrom('', 'LV', 'lv', 'LV ', 'LV-'),
				fc.array(fc.constantFrom('', '', ' ', '-', '\u00a0'), { minLength: 11, maxLength: 11 })
			)
			.map(
				([prefix, gaps]) =>
					`${prefix}${[...digits].map((d, i) => `${i === 0 ? '' : (gaps[i] ?? '')}${d}`).join('')}`
			);

	it('every typed form of a valid number normalises to its 11 digits', () => {
		fc.assert(
			fc.property(
				valid.chain((digits) => fc.tuple(fc.constant(digits), typedForm(digits))),
				([digits, typed]) => {
					expect(normalizeRegistrationNumber(typed)).toBe(digits);
					expect(sameRegistrationNumber(typed, digits)).toBe(true);
				}
			)
		);
	});

	it('no number starting like a personal code is accepted', () => {
		fc.assert(
			fc.property(fc.constantFrom('0', '1', '2', '3'), fc.stringMatching(/^\d{10}$/), (f, rest) => {
				expect(isValidRegistrationNumber(`${f}${rest}`)).toBe(false);
			})
		);
	});

	it('changing one digit of a valid number is caught', () => {
		fc.assert(
			fc.property(
				valid,
				fc.integer({ min: 1, max: 10 }),
				fc.integer({ min: 1, max: 9 }),
				(n, at, by) => {
					const changed = `${n.slice(0, at)}${(Number(n[at]) + by) % 10}${n.slice(at + 1)}`;
					expect(isValidRegistrationNumber(changed)).toBe(false);
				}
			)
		);
	});

	it('never throws, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string(), (typed) => {
				expect(typeof parseRegistrationNumber(typed).ok).toBe('boolean');
			})
		);
	});
});
