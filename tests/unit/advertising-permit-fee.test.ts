import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_PERMIT_SETTINGS,
	demoSettingsByMunicipality
} from '../../src/lib/services/advertising-permit/demo-settings';
import { advertisingPermit } from '../../src/lib/services/advertising-permit/definition';
import { permitFee } from '../../src/lib/services/advertising-permit/fee';
import type { PermitSettings } from '../../src/lib/services/advertising-permit/settings';
import type { Answers, MunicipalContext } from '../../src/lib/services/types';

function contextWith(settings: PermitSettings): MunicipalContext<PermitSettings> {
	return { municipalityId: 'm', institutionIds: new Set(), settings, today: '2026-05-04' };
}

const riga = contextWith(demoSettingsByMunicipality.riga ?? DEFAULT_PERMIT_SETTINGS);

/** Settings with one tariff changed, and a single zone. */
function withTariff(
	kind: keyof PermitSettings['tariffs'],
	tariff: Partial<PermitSettings['tariffs']['sign']>
): MunicipalContext<PermitSettings> {
	const settings = structuredClone(DEFAULT_PERMIT_SETTINGS);
	settings.tariffs[kind] = { ...settings.tariffs[kind], ...tariff };
	return contextWith(settings);
}

const temporary: Answers = {
	permitKind: 'temporary',
	width: '2',
	height: '1,2',
	dateFrom: '2026-06-01',
	dateTo: '2026-06-30',
	zone: 'whole'
};

describe('fee', () => {
	it('explains area × days × rate in both languages (temporary, per m² per day)', () => {
		// Demo tariff: 10,00 € base + 0,05 € per m² per day.
		const quote = permitFee(temporary, contextWith(DEFAULT_PERMIT_SETTINGS));
		expect(quote).toEqual({
			totalCents: 1360,
			lines: [
				{
					label: { lv: 'Atļaujas izsniegšana', en: 'Issuing the permit' },
					amountCents: 1000,
					formula: {
						lv: 'Īslaicīga (pasākuma) reklāma: pamatmaksa 10,00 €',
						en: 'Temporary (event) advertising: base fee €10.00'
					}
				},
				{
					label: { lv: 'Izvietošana 30 dienas', en: 'Display for 30 days' },
					amountCents: 360,
					formula: {
						lv: '2,4 m² × 30 dienas × 0,05 € par m² dienā = 3,60 €',
						en: '2.4 m² × 30 days × €0.05 per m² per day = €3.60'
					}
				}
			]
		});
	});

	it('multiplies by the zone and names it (Rīga centre × 1,5, Old Rīga × 2)', () => {
		const centre = permitFee({ ...temporary, zone: 'centre' }, riga);
		expect(centre?.totalCents).toBe(1000 + 540);
		expect(centre?.lines[1]?.formula.lv).toBe(
			'2,4 m² × 30 dienas × 0,05 € par m² dienā × 1,5 (Rīgas centrs) = 5,40 €'
		);
		expect(centre?.lines[1]?.formula.en).toBe(
			'2.4 m² × 30 days × €0.05 per m² per day × 1.5 (Rīga centre) = €5.40'
		);
		expect(permitFee({ ...temporary, zone: 'old-town' }, riga)?.totalCents).toBe(1000 + 720);
		expect(permitFee({ ...temporary, zone: 'city' }, riga)?.totalCents).toBe(1000 + 360);
	});

	it('counts each started 30-day month for per-month tariffs', () => {
		// Demo ground object: 30,00 € + 1,42 € per m² per month; 12 m × 4 m billboard.
		const billboard = {
			permitKind: 'groundObject',
			width: '12',
			height: '4',
			dateFrom: '2026-06-01',
			dateTo: '2026-07-31', // 61 days → 3 months
			zone: 'whole'
		};
		const quote = permitFee(billboard, contextWith(DEFAULT_PERMIT_SETTINGS));
		expect(quote?.lines[1]).toEqual({
			label: {
				lv: 'Izvietošana 61 diena (katrs iesākts 30 dienu mēnesis)',
				en: 'Display for 61 days (each started 30-day month)'
			},
			amountCents: 20448,
			formula: {
				lv: '48 m² × 3 mēneši × 1,42 € par m² mēnesī = 204,48 €',
				en: '48 m² × 3 months × €1.42 per m² per month = €204.48'
			}
		});
		expect(quote?.totalCents).toBe(3000 + 20448);
		// Exactly 30 days is one month; 31 days two.
		const oneMonth = { ...billboard, dateTo: '2026-06-30' };
		expect(permitFee(oneMonth, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1]?.amountCents).toBe(
			6816
		);
		const twoMonths = { ...billboard, dateTo: '2026-07-01' };
		expect(permitFee(twoMonths, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1]?.amountCents).toBe(
			13632
		);
	});

	it('rounds half up to the cent once, and says so', () => {
		// 0,35 m² × 7 days × 0,05 € = 0,1225 € → 0,12 €; 0,5 m² × 5 × 0,05 € = 0,125 € → 0,13 €.
		const small = { ...temporary, width: '0,5', height: '0,7', dateTo: '2026-06-07' };
		const line = permitFee(small, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1];
		expect(line?.amountCents).toBe(12);
		expect(line?.formula.lv).toBe(
			'0,35 m² × 7 dienas × 0,05 € par m² dienā = 0,1225 € ≈ 0,12 € (noapaļots līdz centam)'
		);
		expect(line?.formula.en).toBe(
			'0.35 m² × 7 days × €0.05 per m² per day = €0.1225 ≈ €0.12 (rounded to the cent)'
		);
		const half = { ...temporary, width: '0,5', height: '1', dateTo: '2026-06-05' };
		expect(permitFee(half, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1]?.amountCents).toBe(13);
	});

	it('uses the area to the hundredth of a m², as shown (1,234 × 2 = 2,47 m²)', () => {
		const odd = { ...temporary, width: '1.234', height: '2', dateTo: '2026-06-01' };
		const line = permitFee(odd, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1];
		expect(line?.formula.lv.startsWith('2,47 m² × 1 diena × ')).toBe(true);
		expect(line?.amountCents).toBe(12); // 2,47 × 0,05 = 0,1235 €
	});

	it('charges only the base fee for a design change (no period, no zone)', () => {
		expect(permitFee({ permitKind: 'designChange' }, riga)).toEqual({
			totalCents: 1500,
			lines: [
				{
					label: { lv: 'Atļaujas izsniegšana', en: 'Issuing the permit' },
					amountCents: 1500,
					formula: {
						lv: 'Saskaņotā dizaina maiņa: pamatmaksa 15,00 €',
						en: 'Change of an approved design: base fee €15.00'
					}
				}
			],
			// Rīga's demo settings say where the fee is paid.
			payTo: { recipient: 'Rīgas valstspilsētas pašvaldība', iban: 'LV44DEMO0000000000001' }
		});
	});

	it('leaves out a zero base fee (an A2 poster, 0,42 × 0,594 m: per day only)', () => {
		const poster = { ...temporary, permitKind: 'notice', width: '0,42', height: '0,594' };
		const quote = permitFee(
			{ ...poster, dateTo: '2026-06-10' },
			contextWith(DEFAULT_PERMIT_SETTINGS)
		);
		expect(quote?.lines).toHaveLength(1);
		expect(quote?.lines[0]?.formula.lv).toBe('0,25 m² × 10 dienas × 0,20 € par m² dienā = 0,50 €');
		expect(quote?.totalCents).toBe(50);
	});

	it('writes each language’s day forms (1, 21 diena; 11 dienas; 1 day; 21 days)', () => {
		const days = (to: string) =>
			permitFee({ ...temporary, dateTo: to }, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1]?.label
				.lv;
		expect(days('2026-06-01')).toBe('Izvietošana 1 diena');
		expect(days('2026-06-11')).toBe('Izvietošana 11 dienas');
		expect(days('2026-06-21')).toBe('Izvietošana 21 diena');
		const en = (to: string) =>
			permitFee({ ...temporary, dateTo: to }, contextWith(DEFAULT_PERMIT_SETTINGS))?.lines[1]?.label
				.en;
		expect(en('2026-06-01')).toBe('Display for 1 day');
		expect(en('2026-06-21')).toBe('Display for 21 days');
	});

	it('is null until enough is answered, or for a kind not issued here', () => {
		const ctx = contextWith(DEFAULT_PERMIT_SETTINGS);
		expect(permitFee({}, ctx)).toBeNull();
		expect(permitFee({ ...temporary, width: '' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, height: '0' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, width: '-2' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, dateTo: '' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, dateTo: '2026-05-31' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, zone: '' }, ctx)).toBeNull();
		expect(permitFee({ ...temporary, zone: 'centre' }, ctx)).toBeNull();
		const adazi = contextWith(demoSettingsByMunicipality.adazi ?? DEFAULT_PERMIT_SETTINGS);
		expect(permitFee({ ...temporary, permitKind: 'mobile' }, adazi)).toBeNull();
		expect(permitFee(temporary, { ...ctx, settings: undefined })).toBeNull();
	});

	it('is reached through the definition', () => {
		expect(
			advertisingPermit.fee?.(temporary, contextWith(DEFAULT_PERMIT_SETTINGS))?.totalCents
		).toBe(1360);
	});

	it('is always whole cents, and its total is the sum of its lines', () => {
		const ctx = withTariff('temporary', { rateCents: 3.7, zoneMultipliers: { whole: 1.3 } });
		const side = fc.integer({ min: 1, max: 5000 }).map((n) => (n / 100).toFixed(2));
		fc.assert(
			fc.property(side, side, fc.integer({ min: 0, max: 59 }), (width, height, extra) => {
				const to = new Date(Date.UTC(2026, 5, 1 + extra)).toISOString().slice(0, 10);
				const quote = permitFee({ ...temporary, width, height, dateTo: to }, ctx);
				expect(quote).not.toBeNull();
				for (const line of quote?.lines ?? []) {
					expect(Number.isInteger(line.amountCents)).toBe(true);
				}
				const sum = (quote?.lines ?? []).reduce((s, l) => s + l.amountCents, 0);
				expect(quote?.totalCents).toBe(sum);
			})
		);
	});
});
