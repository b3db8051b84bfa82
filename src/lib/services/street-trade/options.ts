import type { ChoiceOption, LocalizedText } from '../types';

/**
 * The fixed lists of the street trade permit: what kind of trading place it is (the
 * register's "kind"), which goods, the days of the week and the times of day a person picks
 * from. Modelled on Rīga's street trade rules (Rīgas domes saistošie noteikumi par ielu
 * tirdzniecību) and the Cabinet Regulation No. 440 (2010) on trade in public places.
 */

export const STALL_TYPES = ['table', 'cart', 'tent'] as const;
export type StallType = (typeof STALL_TYPES)[number];

export function isStallType(value: unknown): value is StallType {
	return typeof value === 'string' && (STALL_TYPES as readonly string[]).includes(value);
}

export const STALL_NAMES: Record<StallType, LocalizedText> = {
	table: { lv: 'Tirdzniecības galds vai stends', en: 'Trading table or stand' },
	cart: { lv: 'Pārvietojami ratiņi vai velosipēds', en: 'Movable cart or bicycle' },
	tent: { lv: 'Telts vai nojume', en: 'Tent or canopy' }
};

const STALL_HINTS: Record<StallType, LocalizedText> = {
	table: {
		lv: 'Saliekams galds, plaukts vai stends, ko novāc dienas beigās',
		en: 'A folding table, rack or stand taken away at the end of the day'
	},
	cart: {
		lv: 'Piemēram, saldējuma vai kafijas ratiņi',
		en: 'For example, an ice-cream or coffee cart'
	},
	tent: {
		lv: 'Pārvietojama telts vai nojume virs tirdzniecības vietas',
		en: 'A movable tent or canopy over the trading place'
	}
};

export const STALL_OPTIONS: readonly ChoiceOption[] = STALL_TYPES.map((type) => ({
	value: type,
	label: STALL_NAMES[type],
	hint: STALL_HINTS[type]
}));

export const GOODS = ['food', 'flowers', 'books', 'crafts', 'art', 'seasonal'] as const;
export type Goods = (typeof GOODS)[number];

export const GOODS_NAMES: Record<Goods, LocalizedText> = {
	food: { lv: 'Pārtikas produkti', en: 'Food products' },
	flowers: { lv: 'Ziedi un stādi', en: 'Flowers and plants' },
	books: { lv: 'Grāmatas un preses izdevumi', en: 'Books and periodicals' },
	crafts: { lv: 'Amatniecības izstrādājumi', en: 'Crafts' },
	art: { lv: 'Mākslas darbi', en: 'Works of art' },
	seasonal: { lv: 'Sezonas preces', en: 'Seasonal goods' }
};

const GOODS_HINTS: Partial<Record<Goods, LocalizedText>> = {
	food: {
		lv: 'Arī ogas, sēnes, dārzeņi, saldējums un dzērieni; vajadzīga PVD reģistrācija',
		en: 'Also berries, mushrooms, vegetables, ice cream and drinks; a food-business registration is needed'
	},
	seasonal: {
		lv: 'Piemēram, eglītes, Lieldienu vai Jāņu preces',
		en: 'For example, Christmas trees, Easter or Midsummer goods'
	}
};

export const GOODS_OPTIONS: readonly ChoiceOption[] = GOODS.map((goods) => {
	const hint = GOODS_HINTS[goods];
	return hint
		? { value: goods, label: GOODS_NAMES[goods], hint }
		: { value: goods, label: GOODS_NAMES[goods] };
});

export function isGoods(value: unknown): value is Goods {
	return typeof value === 'string' && (GOODS as readonly string[]).includes(value);
}

/** ISO weekday numbers (1 = Monday … 7 = Sunday) as stored strings. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, LocalizedText> = {
	'1': { lv: 'pirmdiena', en: 'Monday' },
	'2': { lv: 'otrdiena', en: 'Tuesday' },
	'3': { lv: 'trešdiena', en: 'Wednesday' },
	'4': { lv: 'ceturtdiena', en: 'Thursday' },
	'5': { lv: 'piektdiena', en: 'Friday' },
	'6': { lv: 'sestdiena', en: 'Saturday' },
	'7': { lv: 'svētdiena', en: 'Sunday' }
};

/** Options start with a capital, as a list of check boxes reads. */
export const WEEKDAY_OPTIONS: readonly ChoiceOption[] = WEEKDAYS.map((day) => ({
	value: day,
	label: {
		lv: WEEKDAY_NAMES[day].lv.charAt(0).toUpperCase() + WEEKDAY_NAMES[day].lv.slice(1),
		en: WEEKDAY_NAMES[day].en
	}
}));

/** "HH:MM" every half hour from `first` to `last` (inclusive), zero-padded so they sort. */
function halfHours(first: number, last: number): string[] {
	const slots: string[] = [];
	for (let minutes = first * 60; minutes <= last * 60; minutes += 30) {
		const h = String(Math.floor(minutes / 60)).padStart(2, '0');
		const m = String(minutes % 60).padStart(2, '0');
		slots.push(`${h}:${m}`);
	}
	return slots;
}

const asOptions = (slots: string[]): ChoiceOption[] =>
	slots.map((slot) => ({ value: slot, label: { lv: slot, en: slot } }));

/**
 * A choice of half hours rather than a typed time: the platform has no time field, and a
 * list cannot hold "25:00" or "7.3". Trade opens from 05:00 and closes by midnight (24:00,
 * so a closing time always sorts after the opening one).
 */
export const OPENING_OPTIONS: readonly ChoiceOption[] = asOptions(halfHours(5, 23.5));
export const CLOSING_OPTIONS: readonly ChoiceOption[] = asOptions(halfHours(5.5, 24));

/** "HH:MM" as minutes since midnight, or null when it is not such a time. */
export function minutesOf(value: unknown): number | null {
	if (typeof value !== 'string' || !/^\d{2}:\d{2}$/.test(value)) {
		return null;
	}
	const [h, m] = value.split(':').map(Number) as [number, number];
	return h <= 24 && m < 60 && h * 60 + m <= 24 * 60 ? h * 60 + m : null;
}
