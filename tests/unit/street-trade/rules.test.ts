import { describe, expect, it } from 'vitest';
import {
	tradingDays,
	tradingDaysByMonth,
	weekdaysOf
} from '../../../src/lib/services/street-trade/calendar';
import { DEFAULT_TRADE_SETTINGS } from '../../../src/lib/services/street-trade/demo-settings';
import { checkTradeRules } from '../../../src/lib/services/street-trade/rules';
import { contextWith, FLOWER_STALL } from './fixture';

const rules = (patch: Record<string, unknown>, context = contextWith()) =>
	checkTradeRules({ ...FLOWER_STALL, ...patch }, context);

describe('street trade rules', () => {
	it('accepts the flower stall in Rīga', () => {
		expect(rules({})).toEqual([]);
	});

	it('counts the trading days of the chosen weekdays, by month', () => {
		// June 2027: 1 June is a Tuesday; weekends are 5–6, 12–13, 19–20, 26–27.
		expect(tradingDays('2027-06-01', '2027-06-30', weekdaysOf(['6', '7']))).toBe(8);
		expect(tradingDaysByMonth('2027-06-28', '2027-07-04', weekdaysOf(['1', '7']))).toEqual([
			{ month: '2027-06', days: 1 },
			{ month: '2027-07', days: 1 }
		]);
		expect(tradingDays('2027-06-01', 'not a date', weekdaysOf(['1']))).toBeNull();
		// Anything that is no weekday is ignored.
		expect([...weekdaysOf(['1', '8', 'x', '1'])]).toEqual(['1']);
	});

	it('refuses a start in the past and an end before the start', () => {
		expect(rules({ dateFrom: '2027-05-03' })).toEqual([
			{ path: 'dateFrom', message: 'streetTrade.startInPast' }
		]);
		expect(rules({ dateFrom: '2027-06-10', dateTo: '2027-06-09' })).toEqual([
			{ path: 'dateTo', message: 'streetTrade.endBeforeStart' }
		]);
		// The same day is a one-day period.
		expect(rules({ dateFrom: '2027-06-05', dateTo: '2027-06-05' })).toEqual([]);
	});

	it('refuses a period longer than the municipality allows, saying its limit', () => {
		// Rīga allows 183 days: 1 June – 30 November is 183, one more day is too many.
		expect(rules({ dateTo: '2027-11-30' })).toEqual([]);
		expect(rules({ dateTo: '2027-12-01' })).toEqual([
			{ path: 'dateTo', message: 'streetTrade.periodTooLong', params: { max: 183 } }
		]);
	});

	it('refuses weekdays that never fall in the period', () => {
		// 1–3 June 2027 is Tuesday to Thursday.
		expect(rules({ dateFrom: '2027-06-01', dateTo: '2027-06-03', tradeDays: ['6', '7'] })).toEqual([
			{ path: 'tradeDays', message: 'streetTrade.noTradingDay' }
		]);
	});

	it('wants closing after opening, within the hours the municipality allows', () => {
		expect(rules({ opensAt: '18:00', closesAt: '18:00' })).toEqual([
			{ path: 'closesAt', message: 'streetTrade.closesBeforeOpening' }
		]);
		expect(rules({ opensAt: '12:00', closesAt: '09:30' })).toEqual([
			{ path: 'closesAt', message: 'streetTrade.closesBeforeOpening' }
		]);
		// Rīga: 08:00–22:00.
		expect(rules({ opensAt: '07:30' })).toEqual([
			{ path: 'opensAt', message: 'streetTrade.opensTooEarly', params: { time: '08:00' } }
		]);
		expect(rules({ closesAt: '22:30' })).toEqual([
			{ path: 'closesAt', message: 'streetTrade.closesTooLate', params: { time: '22:00' } }
		]);
		expect(rules({ opensAt: '08:00', closesAt: '22:00' })).toEqual([]);
		// A midnight closing sorts after every opening and is allowed where the town says so.
		const lateTown = {
			...DEFAULT_TRADE_SETTINGS,
			hours: { earliestOpening: '07:00', latestClosing: '24:00' }
		};
		expect(rules({ opensAt: '23:30', closesAt: '24:00' }, contextWith(lateTown))).toEqual([]);
	});

	it('limits the stall to the municipality’s width and depth', () => {
		expect(rules({ stallWidth: '3' })).toEqual([]);
		expect(rules({ stallWidth: '3,5', stallDepth: '2.1' })).toEqual([
			{ path: 'stallWidth', message: 'streetTrade.stallTooWide', params: { max: '3' } },
			{ path: 'stallDepth', message: 'streetTrade.stallTooDeep', params: { max: '2' } }
		]);
		const jekabpils = { ...DEFAULT_TRADE_SETTINGS, stall: { maxWidthM: 2, maxDepthM: 1.5 } };
		expect(rules({ stallDepth: '1,6' }, contextWith(jekabpils))).toEqual([
			{ path: 'stallDepth', message: 'streetTrade.stallTooDeep', params: { max: '1,5' } }
		]);
	});

	it('wants the point inside the municipality’s territory', () => {
		// Liepāja is not in Rīga.
		expect(rules({ point: { lat: 56.5047, lon: 21.0108 } })).toEqual([
			{ path: 'point', message: 'streetTrade.outsideMunicipality' }
		]);
		// Without a territory set, no point is refused.
		expect(
			rules({ point: { lat: 56.5047, lon: 21.0108 } }, contextWith(DEFAULT_TRADE_SETTINGS))
		).toEqual([]);
	});

	it('lets only the company’s signatory apply for it', () => {
		const company = {
			applicantType: 'company',
			companyName: 'SIA Ziedi',
			registrationNumber: '40203123456'
		};
		const signedAs = (
			actingFor: { kind: 'company'; registrationNumber: string } | { kind: 'person' }
		) => ({
			...contextWith(),
			applicant: { actingFor }
		});
		expect(
			rules(company, signedAs({ kind: 'company', registrationNumber: '40203123456' }))
		).toEqual([]);
		expect(rules(company, signedAs({ kind: 'person' }))).toEqual([
			{ path: 'registrationNumber', message: 'streetTrade.notCompanySignatory' }
		]);
		expect(rules({}, signedAs({ kind: 'person' }))).toEqual([]);
	});
});
