import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateOf, formatDateTime, formatDay } from '../../src/lib/domain/date-format';

describe('dates as people read them', () => {
	it('writes a day in the Latvian long form, and in English words', () => {
		expect(formatDay('2027-09-01', 'lv')).toBe('2027. gada 1. septembris');
		expect(formatDay('2026-12-07', 'lv')).toBe('2026. gada 7. decembris');
		expect(formatDay('2026-02-28', 'en')).toBe('28 February 2026');
		expect(formatDay('2026-07-15', 'lv')).toBe('2026. gada 15. jūlijs');
	});

	it('shows what is not a day as it came, rather than a wrong date', () => {
		expect(formatDay('', 'lv')).toBe('');
		expect(formatDay('2026-13-01', 'lv')).toBe('2026-13-01');
		expect(formatDay('01.09.2027', 'en')).toBe('01.09.2027');
	});

	it('gives a moment in Rīga time, across the change to summer time and midnight UTC', () => {
		// 22:30 UTC on 31 March 2026 is already 1 April in Rīga (UTC+3 in summer).
		expect(formatDateTime(Date.parse('2026-03-31T22:30:00Z'), 'lv')).toBe(
			'2026. gada 1. aprīlis, 01:30'
		);
		// In winter Rīga is UTC+2.
		expect(formatDateTime(Date.parse('2026-12-07T12:05:00Z'), 'en')).toBe('7 December 2026, 14:05');
		expect(formatDateOf(Date.parse('2026-12-31T22:00:00Z'), 'lv')).toBe('2027. gada 1. janvāris');
	});

	it('agrees with the calendar day it is given, for every day of many years', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(d) => {
					const iso = d.toISOString().slice(0, 10);
					const [y, m, day] = iso.split('-').map(Number);
					expect(formatDay(iso, 'lv')).toMatch(new RegExp(`^${y}\\. gada ${day}\\. [a-zāēīūš]+$`));
					// The same day at noon in Rīga reads the same as the day itself.
					expect(formatDateOf(Date.parse(`${iso}T10:00:00Z`), 'en')).toBe(formatDay(iso, 'en'));
					expect(m).toBeGreaterThan(0);
				}
			)
		);
	});
});
