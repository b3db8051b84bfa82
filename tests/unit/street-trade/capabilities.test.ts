import { describe, expect, it } from 'vitest';
import {
	inspectedService,
	inspectionCheck,
	serviceCatalogue,
	serviceWith,
	servicesWith
} from '../../../src/lib/services/registry';
import { STREET_TRADE, streetTrade } from '../../../src/lib/services/street-trade/definition';
import {
	DEFAULT_TRADE_SETTINGS,
	demoTradeSettings
} from '../../../src/lib/services/street-trade/demo-settings';
import { FLOWER_STALL } from './fixture';

/** The street trade permit as the platform sees it: only through the capabilities it declares. */
describe('street trade capabilities', () => {
	it('is found by the registry as a service with a decision, a register and inspections', () => {
		for (const capability of [
			'decision',
			'register',
			'inspection',
			'messages',
			'openData'
		] as const) {
			expect(servicesWith(capability)).toContain(streetTrade);
		}
		// Reports of unpermitted objects stay with the one service that takes them.
		expect(streetTrade.inspection?.takesReports).toBeUndefined();
		expect(inspectedService(STREET_TRADE)).toBe(streetTrade);
	});

	it('names its kinds of trading place in the register and leaves unknown kinds unnamed', () => {
		const register = serviceWith(STREET_TRADE, 'register')?.register;
		expect(register?.kindName('cart')).toEqual({
			lv: 'Pārvietojami ratiņi vai velosipēds',
			en: 'Movable cart or bicycle'
		});
		expect(register?.kindName('sign')).toBeNull();
		const facts = register?.facts(FLOWER_STALL);
		expect(register?.columns?.map((c) => facts?.details?.[c.key])).toEqual([
			'Ziedi un stādi',
			'Sestdienās un svētdienās 08:00–18:00',
			'2 × 1,5 m'
		]);
	});

	it('gives inspectors its own checks, the municipality’s checklist and position limits', () => {
		const inspection = serviceWith(STREET_TRADE, 'inspection')?.inspection;
		expect(inspection?.checks.map((c) => c.key)).toEqual([
			'permitDisplayed',
			'placeAsPermitted',
			'stallSize',
			'goodsAsPermitted',
			'tradingHours',
			'cleanliness'
		]);
		expect(inspectionCheck(STREET_TRADE, 'cleanliness')?.name.lv).toBe('Vieta un apkārtne ir tīra');
		// Another service's check is not one of these.
		expect(inspectionCheck(STREET_TRADE, 'mounting')).toBeUndefined();
		const riga = demoTradeSettings.riga ?? DEFAULT_TRADE_SETTINGS;
		expect(inspection?.setup(riga, 'table')).toEqual({
			checklist: [...riga.inspection.checklist],
			maxDistanceMetres: 30,
			maxAccuracyMetres: 30
		});
		// A municipality's shorter list comes back in the form's order, each check once.
		const short = {
			...DEFAULT_TRADE_SETTINGS,
			inspection: {
				...DEFAULT_TRADE_SETTINGS.inspection,
				checklist: ['cleanliness', 'permitDisplayed', 'cleanliness'] as (
					'cleanliness' | 'permitDisplayed'
				)[],
				maxDistanceMetres: 15
			}
		};
		expect(inspection?.setup(short, null)).toEqual({
			checklist: ['permitDisplayed', 'cleanliness'],
			maxDistanceMetres: 15,
			maxAccuracyMetres: 30
		});
		expect(inspection?.periodicMonths(demoTradeSettings.jurmala ?? DEFAULT_TRADE_SETTINGS)).toBe(1);
		expect(inspection?.periodicMonths(riga)).toBe(0);
		expect(inspection?.referenceFiles).toEqual(['stallSketch']);
	});

	it('copies what the inspector compares into the task, shown in both languages', () => {
		const inspection = streetTrade.inspection;
		const subject = inspection?.subject(FLOWER_STALL);
		expect(subject).toEqual({
			permitKind: 'table',
			holder: 'Anna Bērziņa',
			location: 'Tērbatas iela 2, Rīga',
			lat: 56.9566,
			lon: 24.1234,
			validFrom: '2027-06-01',
			validTo: '2027-06-30',
			stallWidth: 2,
			stallDepth: 1.5,
			goods: 'Ziedi un stādi',
			hours: 'Sestdienās un svētdienās 08:00–18:00'
		});
		expect(subject && inspection?.subjectRows(subject, 'lv')).toEqual([
			{
				key: 'stallSize',
				label: { lv: 'Tirdzniecības vietas izmēri', en: 'Size of the trading place' },
				value: '2 × 1,5 m'
			},
			{ key: 'goods', label: { lv: 'Preces', en: 'Goods' }, value: 'Ziedi un stādi' },
			{
				key: 'hours',
				label: { lv: 'Tirdzniecības laiks', en: 'Trading hours' },
				value: 'Sestdienās un svētdienās 08:00–18:00'
			}
		]);
		expect(subject && inspection?.subjectRows(subject, 'en')[0]?.value).toBe('2 × 1.5 m');
	});

	it('brings its own texts and title to the catalogue', () => {
		expect(serviceCatalogue('lv')['service.street-trade']).toBe('Ielu tirdzniecības atļauja');
		expect(serviceCatalogue('en')['streetTrade.closesBeforeOpening']).toContain('closing time');
	});

	it('declares its open data without the holder', () => {
		const columns = streetTrade.openData ?? [];
		expect(columns.map((c) => c.name)).not.toContain('holder');
		expect(Object.fromEntries(columns.map((c) => [c.name, c.value(FLOWER_STALL)]))).toEqual({
			location: 'Tērbatas iela 2, Rīga',
			lat: 56.9566,
			lon: 24.1234,
			zone: 'centre',
			goods: 'Ziedi un stādi',
			hours: 'Sestdienās un svētdienās 08:00–18:00',
			stall: '2 × 1,5 m',
			valid_from: '2027-06-01',
			valid_to: '2027-06-30'
		});
	});
});
