import type { TradeSettings, TradeZone, Territory } from './settings';
import { TRADE_CHECKS } from './checks';

/**
 * DEMO VALUES. Realistic in shape and size, not any municipality's adopted duty: a real
 * municipality enters its own from its binding regulations on the admin page. The shape
 * follows Rīga's duty for trade in public places (a rate per day, dearer in Old Rīga and the
 * centre) and its street trade rules (trading hours, a stall of a few square metres).
 * Territories are the same rough outlines round each demo municipality as its other services
 * use (`approximate: true`): enough to catch a point dropped in the wrong town.
 */

/** [lon, lat] ring of a box, west-south corner first. */
function box(west: number, south: number, east: number, north: number): Territory {
	return outline([west, south], [east, south], [east, north], [west, north]);
}

function outline(...ring: [number, number][]): Territory {
	return { approximate: true, ring };
}

const WHOLE: TradeZone = {
	value: 'whole',
	label: { lv: 'Visa pašvaldības teritorija', en: 'The whole municipality' },
	dailyRateCents: 200
};

/** What a municipality gets before its admin has set anything (no territory check). */
export const DEFAULT_TRADE_SETTINGS: TradeSettings = {
	zones: [WHOLE],
	issueFeeCents: 0,
	maxPeriodDays: 92,
	hours: { earliestOpening: '07:00', latestClosing: '22:00' },
	stall: { maxWidthM: 3, maxDepthM: 2 },
	processingDays: 10,
	boundary: null,
	inspection: {
		checklist: [...TRADE_CHECKS],
		maxDistanceMetres: 30,
		maxAccuracyMetres: 30,
		periodicMonths: 0
	},
	payment: null
};

export const demoTradeSettings: Record<string, TradeSettings> = {
	riga: {
		...DEFAULT_TRADE_SETTINGS,
		zones: [
			{
				value: 'old-town',
				label: { lv: 'Vecrīga', en: 'Old Rīga' },
				hint: { lv: 'UNESCO mantojuma vieta', en: 'UNESCO World Heritage site' },
				dailyRateCents: 1500
			},
			{
				value: 'centre',
				label: { lv: 'Rīgas centrs', en: 'Rīga centre' },
				dailyRateCents: 1000
			},
			{
				value: 'city',
				label: { lv: 'Pārējā pilsēta', en: 'Rest of the city' },
				dailyRateCents: 300
			}
		],
		issueFeeCents: 1000,
		maxPeriodDays: 183,
		hours: { earliestOpening: '08:00', latestClosing: '22:00' },
		// Demo payment details: an invented account (bank code DEMO), valid check digits.
		payment: { recipient: 'Rīgas valstspilsētas pašvaldība', iban: 'LV44DEMO0000000000001' },
		boundary: outline(
			[23.93, 56.9],
			[23.93, 57.05],
			[24.1, 57.1],
			[24.2, 57.05],
			[24.33, 56.97],
			[24.3, 56.88],
			[24.1, 56.86]
		)
	},
	liepaja: {
		...DEFAULT_TRADE_SETTINGS,
		zones: [
			{
				value: 'centre',
				label: { lv: 'Liepājas centrs', en: 'Liepāja centre' },
				dailyRateCents: 500
			},
			{
				value: 'city',
				label: { lv: 'Pārējā pilsēta', en: 'Rest of the city' },
				dailyRateCents: 200
			}
		],
		boundary: box(20.95, 56.45, 21.1, 56.6)
	},
	jurmala: {
		...DEFAULT_TRADE_SETTINGS,
		zones: [
			{
				value: 'resort',
				label: { lv: 'Kūrorta centrs (Majori, Dzintari)', en: 'Resort centre (Majori, Dzintari)' },
				hint: { lv: 'Jomas iela un pludmales izejas', en: 'Jomas Street and beach exits' },
				dailyRateCents: 1500
			},
			{
				value: 'city',
				label: { lv: 'Pārējā pilsēta', en: 'Rest of the city' },
				dailyRateCents: 300
			}
		],
		// A resort: trade runs late in summer (demo choice).
		hours: { earliestOpening: '07:00', latestClosing: '24:00' },
		boundary: box(23.45, 56.93, 23.95, 57.02),
		inspection: { ...DEFAULT_TRADE_SETTINGS.inspection, periodicMonths: 1 }
	},
	adazi: {
		...DEFAULT_TRADE_SETTINGS,
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
		...DEFAULT_TRADE_SETTINGS,
		zones: [{ ...WHOLE, dailyRateCents: 150 }],
		processingDays: 5,
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
		...DEFAULT_TRADE_SETTINGS,
		// Smaller stalls in the town's streets (demo choice).
		stall: { maxWidthM: 2, maxDepthM: 1.5 },
		boundary: box(25.3, 56.1, 26.45, 56.8)
	}
};
