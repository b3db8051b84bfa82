import { describe, expect, it } from 'vitest';
import { validateAll, withoutHidden } from '../../../src/lib/services/engine';
import { getService } from '../../../src/lib/services/registry';
import { STREET_TRADE, streetTrade } from '../../../src/lib/services/street-trade/definition';
import { streetTradeEn, streetTradeLv } from '../../../src/lib/services/street-trade/catalogue';
import {
	DEFAULT_TRADE_SETTINGS,
	demoTradeSettings
} from '../../../src/lib/services/street-trade/demo-settings';
import { zTradeSettings } from '../../../src/lib/services/street-trade/settings';
import { DEMO_MUNICIPALITIES } from '../../../server/db/seed-data';
import { contextWith, FLOWER_STALL } from './fixture';

const FOOD_REGISTRATION = ['01890000-0000-7000-8000-000000000002'];

describe('the street trade form', () => {
	it('is registered, and its complete answers pass the browser’s and the server’s checks', () => {
		expect(getService(STREET_TRADE)).toBe(streetTrade);
		expect(validateAll(streetTrade, FLOWER_STALL, contextWith())).toEqual([]);
		expect(streetTrade.submitSchema.safeParse(FLOWER_STALL).success).toBe(true);
	});

	it('asks for the food registration only when food is sold', () => {
		const food = { ...FLOWER_STALL, goods: ['flowers', 'food'] };
		expect(validateAll(streetTrade, food, contextWith())).toEqual([
			{ path: 'foodRegistration', message: 'file.required' }
		]);
		expect(
			validateAll(streetTrade, { ...food, foodRegistration: FOOD_REGISTRATION }, contextWith())
		).toEqual([]);
		// Food taken off again: the file is no longer asked and is not sent.
		expect(
			withoutHidden(streetTrade, { ...FLOWER_STALL, foodRegistration: FOOD_REGISTRATION })
		).not.toHaveProperty('foodRegistration');
	});

	it('asks a company for its name and number, a person for neither', () => {
		const company = { ...FLOWER_STALL, applicantType: 'company' };
		expect(
			validateAll(streetTrade, company, contextWith())
				.map((i) => i.path)
				.sort()
		).toEqual(['companyName', 'registrationNumber']);
	});

	it('refuses a zone the municipality does not have, a time not in the list, a side out of range', () => {
		const issues = validateAll(
			streetTrade,
			{ ...FLOWER_STALL, zone: 'resort', opensAt: '09:15', stallWidth: '0', stallDepth: '25' },
			contextWith()
		);
		expect(issues).toEqual(
			expect.arrayContaining([
				{ path: 'zone', message: 'choice.unknown' },
				{ path: 'opensAt', message: 'choice.unknown' },
				{ path: 'stallWidth', message: 'number.tooSmall' },
				{ path: 'stallDepth', message: 'number.tooBig' }
			])
		);
	});

	it('keeps a half-typed draft but refuses keys that are no field', () => {
		expect(
			streetTrade.draftSchema.safeParse({ stallWidth: '1,', dateFrom: '2027-0' }).success
		).toBe(true);
		expect(streetTrade.draftSchema.safeParse({ price: 5 }).success).toBe(false);
	});
});

describe('street trade settings', () => {
	it('has demo settings for every demo municipality, each valid by the schema', () => {
		expect(Object.keys(demoTradeSettings).sort()).toEqual(
			DEMO_MUNICIPALITIES.map((m) => m.id).sort()
		);
		for (const settings of [DEFAULT_TRADE_SETTINGS, ...Object.values(demoTradeSettings)]) {
			expect(zTradeSettings.parse(settings)).toEqual(settings);
		}
	});

	it('refuses settings an admin could get wrong: no zone, a negative rate, one code twice, a bad IBAN', () => {
		const bad = (patch: Record<string, unknown>) =>
			zTradeSettings.safeParse({ ...DEFAULT_TRADE_SETTINGS, ...patch }).success;
		expect(bad({ zones: [] })).toBe(false);
		expect(bad({ zones: [{ value: 'z', label: { lv: 'Z', en: 'Z' }, dailyRateCents: -1 }] })).toBe(
			false
		);
		expect(bad({ payment: { recipient: 'Dome', iban: 'LV44DEMO0000000000002' } })).toBe(false);
		const zone = { value: 'z', label: { lv: 'Z', en: 'Z' }, dailyRateCents: 100 };
		expect(bad({ zones: [zone, { ...zone, dailyRateCents: 200 }] })).toBe(false);
		expect(bad({ zones: [zone, { ...zone, value: 'y' }] })).toBe(true);
		expect(bad({ hours: { earliestOpening: '7:00', latestClosing: '22:00' } })).toBe(false);
	});
});

describe('the service’s texts', () => {
	it('has every text in both languages with the same placeholders', () => {
		expect(Object.keys(streetTradeEn).sort()).toEqual(Object.keys(streetTradeLv).sort());
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, text] of Object.entries(streetTradeLv)) {
			expect(placeholders(streetTradeEn[key as keyof typeof streetTradeEn]), key).toEqual(
				placeholders(text)
			);
		}
	});
});
