import type { Answers, FeeQuote, LocalizedText, MunicipalContext } from '../types';
import { KIND_NAMES, type PermitKind } from './kinds';
import { F, areaHundredths, formatArea, hasPeriod, kindOf, periodDays } from './rules';
import type { PermitSettings } from './settings';

/**
 * The fee before submitting, from the municipality's tariff for the kind:
 *   base fee + area × (days or months) × rate × zone multiplier,
 * in whole euro cents. The variable part is rounded half up to the cent once, at the end, and
 * the line says so when rounding changed it. Per-month tariffs count each started 30-day
 * month, as municipal fee rules charge "par katru pilnu vai iesāktu mēnesi".
 * Null while the answers do not yet say enough (kind, size, period, zone) to compute it.
 */
export function permitFee(
	answers: Answers,
	context: MunicipalContext<PermitSettings>
): FeeQuote | null {
	const settings = context.settings;
	const kind = kindOf(answers);
	if (!settings || !kind || !settings.enabledKinds.includes(kind)) {
		return null;
	}
	const tariff = settings.tariffs[kind];
	const lines: FeeQuote['lines'][number][] = [];
	if (tariff.baseCents > 0) {
		lines.push({
			label: { lv: 'Atļaujas izsniegšana', en: 'Issuing the permit' },
			amountCents: tariff.baseCents,
			formula: {
				lv: `${KIND_NAMES[kind].lv}: pamatmaksa ${euroLv(tariff.baseCents)}`,
				en: `${KIND_NAMES[kind].en}: base fee ${euroEn(tariff.baseCents)}`
			}
		});
	}
	if (tariff.unit !== 'fixed') {
		const variable = variableLine(answers, settings, kind);
		if (!variable) {
			return null;
		}
		lines.push(variable);
	}
	return {
		totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
		lines,
		...(settings.payment ? { payTo: settings.payment } : {})
	};
}

function variableLine(
	answers: Answers,
	settings: PermitSettings,
	kind: PermitKind
): FeeQuote['lines'][number] | null {
	const tariff = settings.tariffs[kind];
	const area = areaHundredths(answers);
	const days = hasPeriod(kind) ? periodDays(answers[F.from], answers[F.to]) : null;
	if (area === null || days === null || days < 1) {
		return null;
	}
	const zoneId = answers[F.zone];
	const zone = settings.zones.find((z) => z.value === zoneId);
	if (settings.zones.length > 0 && !zone) {
		return null;
	}
	const multiplier = zone ? (tariff.zoneMultipliers[zone.value] ?? 1) : 1;
	const perMonth = tariff.unit === 'm2PerMonth';
	const units = perMonth ? Math.ceil(days / 30) : days;

	// Integers until the last step (area in 0.01 m², rate in cents); toFixed strips the binary
	// noise of the multiplier (0.8 × 3 = 2.4000000000000004) before rounding half up.
	const exactCents = Number(((area * units * tariff.rateCents * multiplier) / 100).toFixed(6));
	const amountCents = Math.round(exactCents);

	const unitsLv = perMonth
		? pluralLv(units, 'mēnesis', 'mēneši')
		: pluralLv(units, 'diena', 'dienas');
	const unitsEn = perMonth ? pluralEn(units, 'month', 'months') : pluralEn(units, 'day', 'days');
	const zoneLv = multiplier !== 1 && zone ? ` × ${decimalLv(multiplier)} (${zone.label.lv})` : '';
	const zoneEn = multiplier !== 1 && zone ? ` × ${multiplier} (${zone.label.en})` : '';
	const rounded = exactCents !== amountCents;
	const resultLv = rounded
		? `${euroExactLv(exactCents)} ≈ ${euroLv(amountCents)} (noapaļots līdz centam)`
		: euroLv(amountCents);
	const resultEn = rounded
		? `${euroExactEn(exactCents)} ≈ ${euroEn(amountCents)} (rounded to the cent)`
		: euroEn(amountCents);

	const label: LocalizedText = perMonth
		? {
				lv: `Izvietošana ${pluralLv(days, 'diena', 'dienas')} (katrs iesākts 30 dienu mēnesis)`,
				en: `Display for ${pluralEn(days, 'day', 'days')} (each started 30-day month)`
			}
		: {
				lv: `Izvietošana ${pluralLv(days, 'diena', 'dienas')}`,
				en: `Display for ${pluralEn(days, 'day', 'days')}`
			};
	const rateLv = `${euroExactLv(tariff.rateCents)} par m² ${perMonth ? 'mēnesī' : 'dienā'}`;
	const rateEn = `${euroExactEn(tariff.rateCents)} per m² per ${perMonth ? 'month' : 'day'}`;
	return {
		label,
		amountCents,
		formula: {
			lv: `${formatArea(area, 'lv')} m² × ${unitsLv} × ${rateLv}${zoneLv} = ${resultLv}`,
			en: `${formatArea(area, 'en')} m² × ${unitsEn} × ${rateEn}${zoneEn} = ${resultEn}`
		}
	};
}

/** Latvian: singular after 1, 21, 31 … but not 11 ("21 diena", "11 dienas"). */
function pluralLv(n: number, one: string, many: string): string {
	return `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

/** English: singular after 1 only. */
function pluralEn(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function decimalLv(n: number): string {
	return String(n).replace('.', ',');
}

/** "3,60 €" in Latvian, "€3.60" in English. */
export function euroLv(cents: number): string {
	return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

export function euroEn(cents: number): string {
	return `€${(cents / 100).toFixed(2)}`;
}

/** Like euroLv/euroEn but keeping fractions of a cent (a rate of 0,0025 €, a 0,8225 € sum). */
function euroExact(cents: number): string {
	const euros = cents / 100;
	const text = euros.toFixed(6).replace(/0+$/, '');
	const [whole = '0', fraction = ''] = text.split('.');
	return `${whole}.${fraction.padEnd(2, '0')}`;
}

function euroExactLv(cents: number): string {
	return `${euroExact(cents).replace('.', ',')} €`;
}

function euroExactEn(cents: number): string {
	return `€${euroExact(cents)}`;
}
