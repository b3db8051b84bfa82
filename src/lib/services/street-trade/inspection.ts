import { parseDecimal } from '../engine/formats';
import type { Answers, InspectionCapability, InspectionSubjectFacts, SubjectRow } from '../types';
import { TRADE_CHECKS, TRADE_CHECK_HINTS, TRADE_CHECK_NAMES, isTradeCheck } from './checks';
import { goodsText, hoursText, tradePermitFacts } from './decision';
import { F } from './fields';
import type { TradeSettings } from './settings';

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const textOrNull = (value: unknown) =>
	typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * What the inspector checks, copied from the application when the task is made: the device
 * works from this copy offline, and a later change of the application does not change what
 * a done inspection was measured against.
 */
function subject(answers: Answers): InspectionSubjectFacts {
	const facts = tradePermitFacts(answers);
	return {
		permitKind: facts.kind,
		holder: facts.holder,
		location: facts.location,
		lat: facts.lat,
		lon: facts.lon,
		validFrom: facts.validFrom,
		validTo: facts.validTo,
		stallWidth: parseDecimal(answers[F.width]),
		stallDepth: parseDecimal(answers[F.depth]),
		goods: textOrNull(goodsText(answers)),
		hours: textOrNull(hoursText(answers))
	};
}

/** Latvian writes a decimal comma. */
const decimal = (value: number, lang: 'lv' | 'en') =>
	new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB').format(value);

/**
 * The stall's size, the goods and the trading hours under the holder and address on the
 * device. Goods and hours are kept as the permit states them (Latvian), as the inspector
 * compares them with the permit on display.
 */
function subjectRows(facts: InspectionSubjectFacts, lang: 'lv' | 'en'): SubjectRow[] {
	const width = numberOrNull(facts.stallWidth);
	const depth = numberOrNull(facts.stallDepth);
	return [
		{
			key: 'stallSize',
			label: { lv: 'Tirdzniecības vietas izmēri', en: 'Size of the trading place' },
			value:
				width !== null && depth !== null
					? `${decimal(width, lang)} × ${decimal(depth, lang)} m`
					: null
		},
		{ key: 'goods', label: { lv: 'Preces', en: 'Goods' }, value: textOrNull(facts.goods) },
		{
			key: 'hours',
			label: { lv: 'Tirdzniecības laiks', en: 'Trading hours' },
			value: textOrNull(facts.hours)
		}
	];
}

/**
 * The checklist and limits for a task: the municipality's list (the same for every kind of
 * trading place), in the form's order, each check once. Never empty: the settings schema asks
 * for one check at least, and settings made in code fall back to every check.
 */
function setup(settings: TradeSettings, _kind: string | null) {
	const { checklist, maxDistanceMetres, maxAccuracyMetres } = settings.inspection;
	const wanted = new Set(checklist.filter(isTradeCheck));
	const ordered = TRADE_CHECKS.filter((key) => wanted.has(key));
	return {
		checklist: ordered.length > 0 ? ordered : [...TRADE_CHECKS],
		maxDistanceMetres,
		maxAccuracyMetres
	};
}

/** Field inspection of street trading places, as the platform asks for it. */
export const tradeInspection: InspectionCapability<TradeSettings> = {
	checks: TRADE_CHECKS.map((key) => ({
		key,
		name: TRADE_CHECK_NAMES[key],
		hint: TRADE_CHECK_HINTS[key]
	})),
	setup,
	periodicMonths: (settings) => settings.inspection.periodicMonths,
	subject,
	subjectRows,
	// The sketch or photo of the stall, as applied: the inspector compares the place with it.
	referenceFiles: [F.sketch]
};
