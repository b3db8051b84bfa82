import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRADE_SETTINGS } from '../../../src/lib/services/street-trade/demo-settings';
import { tradeFee } from '../../../src/lib/services/street-trade/fee';
import type { TradeSettings } from '../../../src/lib/services/street-trade/settings';
import { contextWith, FLOWER_STALL } from './fixture';

describe('the street trade duty', () => {
	it('is trading days × the zone’s daily rate, each month a line with its formula', () => {
		// Rīga centre, 10,00 € a day; weekends of 28 June – 11 July 2027 (27 June is a Sunday).
		const quote = tradeFee(
			{ ...FLOWER_STALL, dateFrom: '2027-06-26', dateTo: '2027-07-11' },
			contextWith()
		);
		expect(quote).toEqual({
			totalCents: 1000 + 2 * 1000 + 4 * 1000,
			lines: [
				{
					label: { lv: 'Atļaujas izsniegšana', en: 'Issuing the permit' },
					amountCents: 1000,
					formula: {
						lv: 'Maksa par atļaujas izsniegšanu 10,00 €',
						en: 'Fee for issuing the permit €10.00'
					}
				},
				{
					label: { lv: 'Tirdzniecība 2027. gada jūnijā', en: 'Trading in June 2027' },
					amountCents: 2000,
					formula: {
						lv: '2 tirdzniecības dienas × 10,00 € (Rīgas centrs) = 20,00 €',
						en: '2 trading days × €10.00 (Rīga centre) = €20.00'
					}
				},
				{
					label: { lv: 'Tirdzniecība 2027. gada jūlijā', en: 'Trading in July 2027' },
					amountCents: 4000,
					formula: {
						lv: '4 tirdzniecības dienas × 10,00 € (Rīgas centrs) = 40,00 €',
						en: '4 trading days × €10.00 (Rīga centre) = €40.00'
					}
				}
			],
			payTo: { recipient: 'Rīgas valstspilsētas pašvaldība', iban: 'LV44DEMO0000000000001' }
		});
	});

	it('is dearer in the historic centre, and says one day in the singular', () => {
		const quote = tradeFee(
			{ ...FLOWER_STALL, zone: 'old-town', dateFrom: '2027-06-05', dateTo: '2027-06-05' },
			contextWith()
		);
		expect(quote?.totalCents).toBe(1000 + 1500);
		expect(quote?.lines[1]?.formula).toEqual({
			lv: '1 tirdzniecības diena × 15,00 € (Vecrīga) = 15,00 €',
			en: '1 trading day × €15.00 (Old Rīga) = €15.00'
		});
	});

	it('is not quoted until zone, period and days say enough', () => {
		const context = contextWith();
		expect(tradeFee({ ...FLOWER_STALL, zone: 'nowhere' }, context)).toBeNull();
		expect(tradeFee({ ...FLOWER_STALL, dateTo: '' }, context)).toBeNull();
		expect(tradeFee({ ...FLOWER_STALL, tradeDays: [] }, context)).toBeNull();
		// An end before the start has no trading day to charge.
		expect(tradeFee({ ...FLOWER_STALL, dateTo: '2027-05-01' }, context)).toBeNull();
	});
});

const day = fc.integer({ min: 0, max: 400 }).map((n) => {
	const date = new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
	return date.toISOString().slice(0, 10);
});
const weekdays = fc.uniqueArray(fc.constantFrom('1', '2', '3', '4', '5', '6', '7'), {
	minLength: 1
});
const settings = fc.record({
	issueFeeCents: fc.integer({ min: 0, max: 100_000 }),
	dailyRateCents: fc.integer({ min: 0, max: 100_000 })
});

function contextOf(s: { issueFeeCents: number; dailyRateCents: number }) {
	const tradeSettings: TradeSettings = {
		...DEFAULT_TRADE_SETTINGS,
		issueFeeCents: s.issueFeeCents,
		zones: [{ value: 'z', label: { lv: 'Z', en: 'Z' }, dailyRateCents: s.dailyRateCents }]
	};
	return contextWith(tradeSettings);
}

describe('the duty, for any period, days and rates', () => {
	it('has lines that add up to the total, each a whole number of cents', () => {
		fc.assert(
			fc.property(day, day, weekdays, settings, (from, to, days, s) => {
				const quote = tradeFee(
					{ zone: 'z', dateFrom: from, dateTo: to, tradeDays: days },
					contextOf(s)
				);
				if (quote === null) {
					return;
				}
				const sum = quote.lines.reduce((total, line) => total + line.amountCents, 0);
				expect(sum).toBe(quote.totalCents);
				expect(quote.lines.every((line) => Number.isInteger(line.amountCents))).toBe(true);
			})
		);
	});

	it('never costs less for more days: a later end or another weekday', () => {
		fc.assert(
			fc.property(
				day,
				fc.integer({ min: 0, max: 200 }),
				fc.integer({ min: 1, max: 60 }),
				weekdays,
				fc.constantFrom('1', '2', '3', '4', '5', '6', '7'),
				settings,
				(from, length, more, days, extraDay, s) => {
					const context = contextOf(s);
					const end = (extra: number) =>
						new Date(Date.parse(`${from}T00:00:00Z`) + (length + extra) * 86_400_000)
							.toISOString()
							.slice(0, 10);
					const cost = (to: string, chosen: string[]) =>
						tradeFee({ zone: 'z', dateFrom: from, dateTo: to, tradeDays: chosen }, context)
							?.totalCents ?? 0;
					expect(cost(end(more), days)).toBeGreaterThanOrEqual(cost(end(0), days));
					expect(cost(end(0), [...days, extraDay])).toBeGreaterThanOrEqual(cost(end(0), days));
				}
			)
		);
	});
});
