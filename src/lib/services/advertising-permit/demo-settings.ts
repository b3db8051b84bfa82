import type { Boundary, PermitSettings, Tariff } from './settings';
import { DEFAULT_CHECKLISTS, DEFAULT_INSPECTION_SETTINGS } from './inspection-setup';
import { PERMIT_KINDS, type PermitKind } from './kinds';

/**
 * DEMO VALUES. Realistic in shape and size, not any municipality's adopted rates: a real
 * municipality enters its own from its binding regulations on the admin page. Sources of
 * the shape: Cabinet Regulation No. 732 (2012); Jūrmala's fee of area × 1.42 € per m² per
 * month × zone coefficient × months (docs.jurmala.lv/rnk); Talsi's poster fee per day; the
 * processing terms of Ropaži (Ropaži binding regulations No. 33/22), Jēkabpils (10 working
 * days, jekabpils.lv) and the longer term when the heritage authority must agree.
 * Territories are rough boxes or outlines round each municipality (`approximate: true`),
 * enough to catch a point dropped in the wrong town, not a survey border.
 */

const ALL_KINDS = [...PERMIT_KINDS];

/** Permits of objects with a structure run for years; event advertising and posters briefly. */
const MAX_PERIOD_DAYS: Record<PermitKind, number> = {
	sign: 1825,
	groundObject: 1825,
	nonGroundObject: 1095,
	mobile: 365,
	temporary: 60,
	notice: 30,
	designChange: 1825
};

const TARIFFS: Record<PermitKind, Tariff> = {
	sign: { baseCents: 1000, rateCents: 50, unit: 'm2PerMonth', zoneMultipliers: {} },
	groundObject: { baseCents: 3000, rateCents: 142, unit: 'm2PerMonth', zoneMultipliers: {} },
	nonGroundObject: { baseCents: 2000, rateCents: 142, unit: 'm2PerMonth', zoneMultipliers: {} },
	mobile: { baseCents: 2000, rateCents: 100, unit: 'm2PerMonth', zoneMultipliers: {} },
	temporary: { baseCents: 1000, rateCents: 5, unit: 'm2PerDay', zoneMultipliers: {} },
	notice: { baseCents: 0, rateCents: 20, unit: 'm2PerDay', zoneMultipliers: {} },
	designChange: { baseCents: 1500, rateCents: 0, unit: 'fixed', zoneMultipliers: {} }
};

function tariffsWithZones(multipliers: Record<string, number>): Record<PermitKind, Tariff> {
	const entries = PERMIT_KINDS.map((kind) => {
		const tariff = TARIFFS[kind];
		// A design change costs the same wherever the object stands.
		const zoneMultipliers = tariff.unit === 'fixed' ? {} : { ...multipliers };
		return [kind, { ...tariff, zoneMultipliers }];
	});
	return Object.fromEntries(entries) as Record<PermitKind, Tariff>;
}

/** [lon, lat] ring of a box, west-south corner first. */
function box(west: number, south: number, east: number, north: number): Boundary {
	return outline([west, south], [east, south], [east, north], [west, north]);
}

/** A rough outline, [lon, lat] points, where a box would swallow a neighbour's town. */
function outline(...ring: [number, number][]): Boundary {
	return { approximate: true, ring };
}

const WHOLE_TERRITORY = {
	value: 'whole',
	label: { lv: 'Visa pašvaldības teritorija', en: 'The whole municipality' }
};
const CITY = { value: 'city', label: { lv: 'Pārējā pilsēta', en: 'Rest of the city' } };

/** What a municipality gets before its admin has set anything (no territory check). */
export const DEFAULT_PERMIT_SETTINGS: PermitSettings = {
	enabledKinds: ALL_KINDS,
	maxPeriodDays: MAX_PERIOD_DAYS,
	tariffs: TARIFFS,
	zones: [WHOLE_TERRITORY],
	processingDays: { normal: 10, heritage: 20 },
	boundary: null,
	inspection: DEFAULT_INSPECTION_SETTINGS,
	payment: null
};

export const demoSettingsByMunicipality: Record<string, PermitSettings> = {
	riga: {
		...DEFAULT_PERMIT_SETTINGS,
		tariffs: tariffsWithZones({ 'old-town': 2, centre: 1.5, city: 1 }),
		zones: [
			{
				value: 'old-town',
				label: { lv: 'Vecrīga', en: 'Old Rīga' },
				hint: { lv: 'UNESCO mantojuma vieta', en: 'UNESCO World Heritage site' }
			},
			{ value: 'centre', label: { lv: 'Rīgas centrs', en: 'Rīga centre' } },
			CITY
		],
		processingDays: { normal: 10, heritage: 15 },
		// Demo payment details: an invented account (bank code DEMO), valid check digits.
		payment: { recipient: 'Rīgas valstspilsētas pašvaldība', iban: 'LV44DEMO0000000000001' },
		// Ādaži and Ulbroka lie just outside the city: an outline, not a box.
		boundary: outline(
			[23.93, 56.9],
			[23.93, 57.05],
			[24.1, 57.1],
			[24.2, 57.05],
			[24.33, 56.97],
			[24.3, 56.88],
			[24.1, 56.86]
		),
		// Event banners in the old town hang on facades: their mounting is checked too.
		inspection: {
			...DEFAULT_INSPECTION_SETTINGS,
			checklists: {
				...DEFAULT_CHECKLISTS,
				temporary: ['design', 'position', 'mounting', 'permitNumber']
			}
		}
	},
	liepaja: {
		...DEFAULT_PERMIT_SETTINGS,
		tariffs: tariffsWithZones({ centre: 1.5, city: 1 }),
		zones: [{ value: 'centre', label: { lv: 'Liepājas centrs', en: 'Liepāja centre' } }, CITY],
		processingDays: { normal: 10, heritage: 15 },
		boundary: box(20.95, 56.45, 21.1, 56.6)
	},
	jurmala: {
		...DEFAULT_PERMIT_SETTINGS,
		tariffs: tariffsWithZones({ resort: 1.5, city: 1 }),
		zones: [
			{
				value: 'resort',
				label: { lv: 'Kūrorta centrs (Majori, Dzintari)', en: 'Resort centre (Majori, Dzintari)' }
			},
			CITY
		],
		processingDays: { normal: 10, heritage: 15 },
		boundary: box(23.45, 56.93, 23.95, 57.02),
		// Fewer objects, inspected every other year, with a wider distance allowed (demo choice).
		inspection: { ...DEFAULT_INSPECTION_SETTINGS, periodicMonths: 24, maxDistanceMetres: 75 }
	},
	adazi: {
		...DEFAULT_PERMIT_SETTINGS,
		// A smaller municipality that does not issue mobile-advertising permits (demo choice).
		enabledKinds: ALL_KINDS.filter((kind) => kind !== 'mobile'),
		// Inspects on installation and on reports only, not periodically (demo choice).
		inspection: { ...DEFAULT_INSPECTION_SETTINGS, periodicMonths: 0 },
		processingDays: { normal: 10, heritage: 10 },
		boundary: outline(
			[24.12, 57.06],
			[24.3, 57.24],
			[24.55, 57.2],
			[24.55, 57.1],
			[24.4, 57.05],
			[24.25, 57.03]
		)
	},
	ropazi: {
		...DEFAULT_PERMIT_SETTINGS,
		processingDays: { normal: 5, heritage: 10 },
		boundary: outline(
			[24.2, 56.88],
			[24.2, 56.98],
			[24.33, 57.04],
			[24.45, 57.06],
			[24.5, 57.12],
			[24.7, 57.12],
			[24.85, 57.0],
			[24.8, 56.86],
			[24.5, 56.84]
		)
	},
	jekabpils: {
		...DEFAULT_PERMIT_SETTINGS,
		maxPeriodDays: { ...MAX_PERIOD_DAYS, temporary: 30, notice: 14 },
		processingDays: { normal: 10, heritage: 10 },
		boundary: box(25.3, 56.1, 26.45, 56.8)
	}
};
