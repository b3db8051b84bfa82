import type { LocalizedText } from '../types';

/**
 * What an inspector checks at a street trading place: the questions of the municipal police's
 * street trade checks (permit shown, place, stall, goods, hours, cleanliness). A municipality
 * picks which of them its inspectors answer (settings.inspection.checklist).
 */
export const TRADE_CHECKS = [
	'permitDisplayed',
	'placeAsPermitted',
	'stallSize',
	'goodsAsPermitted',
	'tradingHours',
	'cleanliness'
] as const;
export type TradeCheck = (typeof TRADE_CHECKS)[number];

/** The check as the inspector's form and the admin page name it: a short yes/no question. */
export const TRADE_CHECK_NAMES: Record<TradeCheck, LocalizedText> = {
	permitDisplayed: { lv: 'Atļauja izvietota redzamā vietā', en: 'Permit on display' },
	placeAsPermitted: { lv: 'Vieta atbilst atļautajai', en: 'Place as permitted' },
	stallSize: { lv: 'Tirdzniecības vietas izmēri atbilst', en: 'Stall size as permitted' },
	goodsAsPermitted: { lv: 'Preces atbilst atļautajām', en: 'Goods as permitted' },
	tradingHours: { lv: 'Tirgo atļautajā laikā', en: 'Trading within the permitted hours' },
	cleanliness: { lv: 'Vieta un apkārtne ir tīra', en: 'Place and surroundings clean' }
};

/** One sentence under each check on the form: what to look at. */
export const TRADE_CHECK_HINTS: Record<TradeCheck, LocalizedText> = {
	permitDisplayed: {
		lv: 'Atļauja vai tās kopija ir pircējiem redzama, un tirgotājs to var uzrādīt.',
		en: 'The permit or a copy of it can be seen by buyers, and the trader can show it.'
	},
	placeAsPermitted: {
		lv: 'Tirdzniecības vieta ir atļaujā norādītajā vietā un netraucē gājējiem.',
		en: 'The trading place is where the permit says and does not block pedestrians.'
	},
	stallSize: {
		lv: 'Galda, ratiņu vai telts platums un dziļums nav lielāki par atļaujā norādītajiem.',
		en: 'The width and depth of the table, cart or tent are no larger than the permit states.'
	},
	goodsAsPermitted: {
		lv: 'Tirgo tikai atļaujā norādītās preces; pārtikai ir PVD reģistrācija.',
		en: 'Only the goods the permit names are sold; food has its registration.'
	},
	tradingHours: {
		lv: 'Pārbaudes brīdis ir atļautajās dienās un stundās.',
		en: 'The time of the check is within the permitted days and hours.'
	},
	cleanliness: {
		lv: 'Tirdzniecības vieta un tās apkārtne ir tīra, atkritumi savākti.',
		en: 'The trading place and its surroundings are clean, waste collected.'
	}
};

export function isTradeCheck(value: unknown): value is TradeCheck {
	return typeof value === 'string' && (TRADE_CHECKS as readonly string[]).includes(value);
}
