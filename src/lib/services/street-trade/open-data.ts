import type { Answers, OpenDataColumn } from '../types';
import { goodsText, hoursText, stallText, tradePermitFacts } from './decision';
import { F } from './fields';

const orNull = (value: string) => (value === '' ? null : value);
const textOf = (value: unknown) => (typeof value === 'string' ? orNull(value.trim()) : null);
const addressOf = (answers: Answers) => {
	const address = answers[F.address];
	return typeof address === 'object' && address !== null && 'text' in address
		? textOf(address.text)
		: null;
};

/**
 * The columns of issued street trade permits as open data (published by issue 18): where
 * and when trade is permitted, what and on how much space. The holder is left out: a person
 * trading on their own is a private individual.
 */
export const tradeOpenData: readonly OpenDataColumn[] = [
	{
		name: 'location',
		label: { lv: 'Vieta', en: 'Place' },
		value: addressOf
	},
	{ name: 'lat', label: { lv: 'Platums', en: 'Latitude' }, value: (a) => tradePermitFacts(a).lat },
	{ name: 'lon', label: { lv: 'Garums', en: 'Longitude' }, value: (a) => tradePermitFacts(a).lon },
	{
		name: 'zone',
		label: { lv: 'Nodevas zona', en: 'Duty zone' },
		value: (a) => textOf(a[F.zone])
	},
	{ name: 'goods', label: { lv: 'Preces', en: 'Goods' }, value: (a) => orNull(goodsText(a)) },
	{
		name: 'hours',
		label: { lv: 'Tirdzniecības laiks', en: 'Trading hours' },
		value: (a) => orNull(hoursText(a))
	},
	{ name: 'stall', label: { lv: 'Izmēri', en: 'Size' }, value: (a) => orNull(stallText(a)) },
	{
		name: 'valid_from',
		label: { lv: 'Derīga no', en: 'Valid from' },
		value: (a) => tradePermitFacts(a).validFrom
	},
	{
		name: 'valid_to',
		label: { lv: 'Derīga līdz', en: 'Valid until' },
		value: (a) => tradePermitFacts(a).validTo
	}
];
