import { EN_MONTHS } from '../../domain/date-format';
import type { Answers, FeeQuote, MunicipalContext } from '../types';
import { tradingDaysByMonth, weekdaysOf } from './calendar';
import { F } from './fields';
import type { TradeSettings } from './settings';

/**
 * The municipal duty before submitting: trading days × the zone's daily rate, one line per
 * calendar month of the period (as a month's duty is paid), plus the municipality's fee for
 * issuing the permit when it has one. Whole cents throughout: no rounding anywhere.
 * Null while the answers do not yet say enough (zone, period, weekdays) to compute it.
 */
export function tradeFee(
	answers: Answers,
	context: MunicipalContext<TradeSettings>
): FeeQuote | null {
	const settings = context.settings;
	const zone = settings?.zones.find((z) => z.value === answers[F.zone]);
	if (!settings || !zone) {
		return null;
	}
	const months = tradingDaysByMonth(answers[F.from], answers[F.to], weekdaysOf(answers[F.days]));
	if (!months || months.length === 0) {
		return null;
	}
	const lines: FeeQuote['lines'][number][] = [];
	if (settings.issueFeeCents > 0) {
		lines.push({
			label: { lv: 'Atļaujas izsniegšana', en: 'Issuing the permit' },
			amountCents: settings.issueFeeCents,
			formula: {
				lv: `Maksa par atļaujas izsniegšanu ${euroLv(settings.issueFeeCents)}`,
				en: `Fee for issuing the permit ${euroEn(settings.issueFeeCents)}`
			}
		});
	}
	for (const { month, days } of months) {
		const amountCents = days * zone.dailyRateCents;
		const [year = '', number = '1'] = month.split('-');
		const index = Number(number) - 1;
		lines.push({
			label: {
				lv: `Tirdzniecība ${year}. gada ${LV_MONTHS[index] ?? month}`,
				en: `Trading in ${EN_MONTHS[index] ?? month} ${year}`
			},
			amountCents,
			formula: {
				lv: `${pluralLv(days, 'tirdzniecības diena', 'tirdzniecības dienas')} × ${euroLv(zone.dailyRateCents)} (${zone.label.lv}) = ${euroLv(amountCents)}`,
				en: `${pluralEn(days, 'trading day', 'trading days')} × ${euroEn(zone.dailyRateCents)} (${zone.label.en}) = ${euroEn(amountCents)}`
			}
		});
	}
	return {
		totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
		lines,
		...(settings.payment ? { payTo: settings.payment } : {})
	};
}

/** Month names in the locative, as "Tirdzniecība 2027. gada jūnijā" reads. */
const LV_MONTHS = [
	'janvārī',
	'februārī',
	'martā',
	'aprīlī',
	'maijā',
	'jūnijā',
	'jūlijā',
	'augustā',
	'septembrī',
	'oktobrī',
	'novembrī',
	'decembrī'
];

/** Latvian: singular after 1, 21, 31 … but not 11 ("21 diena", "11 dienas"). */
function pluralLv(n: number, one: string, many: string): string {
	return `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

function pluralEn(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "3,60 €" in Latvian, "€3.60" in English. */
export function euroLv(cents: number): string {
	return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

export function euroEn(cents: number): string {
	return `€${(cents / 100).toFixed(2)}`;
}
