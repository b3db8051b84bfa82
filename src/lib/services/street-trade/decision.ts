import { formatDay } from '../../domain/date-format';
import { normalizeRegistrationNumber } from '../../domain/registration-number';
import type { Answers, PermitFacts } from '../types';
import { weekdaysOf } from './calendar';
import { F } from './fields';
import { GOODS, GOODS_NAMES, isStallType, type Weekday } from './options';
import { readPoint } from './rules';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function addressOf(answers: Answers): string {
	const address = answers[F.address];
	return typeof address === 'object' && address !== null && 'text' in address
		? text(address.text)
		: '';
}

/** "Pārtikas produkti, ziedi un stādi" (goods in the form's order, lower case after the first). */
export function goodsText(answers: Answers): string {
	const chosen = Array.isArray(answers[F.goods]) ? (answers[F.goods] as unknown[]) : [];
	const names = GOODS.filter((g) => chosen.includes(g)).map((g, i) =>
		i === 0 ? GOODS_NAMES[g].lv : GOODS_NAMES[g].lv.toLowerCase()
	);
	return names.join(', ');
}

/** The weekdays in the locative plural, as "tirgot pirmdienās un sestdienās" reads. */
const ON_DAYS: Record<Weekday, string> = {
	'1': 'pirmdienās',
	'2': 'otrdienās',
	'3': 'trešdienās',
	'4': 'ceturtdienās',
	'5': 'piektdienās',
	'6': 'sestdienās',
	'7': 'svētdienās'
};

function daysText(answers: Answers): string {
	const days = [...weekdaysOf(answers[F.days])].map((d) => ON_DAYS[d]);
	if (days.length === 7) {
		return 'katru dienu';
	}
	return days.length > 1 ? `${days.slice(0, -1).join(', ')} un ${days.at(-1)}` : (days[0] ?? '');
}

/**
 * "Sestdienās un svētdienās 08:00–18:00": the permitted days and hours as a value of its own
 * (a register column, a line of the inspector's task), so it starts with a capital.
 */
export function hoursText(answers: Answers): string {
	const days = daysText(answers);
	const opens = text(answers[F.opensAt]);
	const closes = text(answers[F.closesAt]);
	return days && opens && closes
		? `${days.charAt(0).toUpperCase()}${days.slice(1)} ${opens}–${closes}`
		: '';
}

/** "2 × 1,5 m" as the person typed the sides (comma as decimal mark). */
export function stallText(answers: Answers): string {
	const width = text(answers[F.width]).replace('.', ',');
	const depth = text(answers[F.depth]).replace('.', ',');
	return width && depth ? `${width} × ${depth} m` : '';
}

function holderOf(answers: Answers): string {
	if (answers[F.applicantType] === 'company') {
		const code = text(answers[F.registrationNumber]);
		return `${text(answers[F.companyName])} (reģ. Nr. ${normalizeRegistrationNumber(code) ?? code})`;
	}
	return text(answers[F.contactName]);
}

/**
 * What the register keeps of an issued permit: the holder (the company when a company
 * applied), the place and the period applied for, which the officer may shorten; and, in
 * its own columns, the goods, the days and hours and the stall's size.
 */
export function tradePermitFacts(answers: Answers): PermitFacts {
	const point = readPoint(answers[F.point]);
	const stall = answers[F.stallType];
	const columns: [string, string][] = [
		['goods', goodsText(answers)],
		['hours', hoursText(answers)],
		['stall', stallText(answers)]
	];
	const details = Object.fromEntries(columns.filter(([, value]) => value !== ''));
	return {
		kind: isStallType(stall) ? stall : 'table',
		holder: holderOf(answers) || '—',
		location: addressOf(answers) || '—',
		lat: point?.lat ?? null,
		lon: point?.lon ?? null,
		validFrom: text(answers[F.from]) || null,
		validTo: text(answers[F.to]) || null,
		details
	};
}

/** A company's application names the company and its registration number on the decision. */
export function tradeApplicantParty(answers: Answers): { name: string; code: string } | null {
	if (answers[F.applicantType] !== 'company') {
		return null;
	}
	const name = text(answers[F.companyName]);
	const typed = text(answers[F.registrationNumber]);
	const code = normalizeRegistrationNumber(typed) ?? typed;
	return name && code ? { name, code } : null;
}

/**
 * The officer's starting text: the usual conditions of a street trade permit (place, goods,
 * hours, stall, cleanliness, permit on display), filled in from the application so the
 * officer edits facts rather than types them. A refusal starts empty: its reasons are the
 * officer's own.
 */
export function tradeDecisionTemplate(outcome: 'approved' | 'refused', answers: Answers): string[] {
	if (outcome === 'refused') {
		return [];
	}
	const point = readPoint(answers[F.point]);
	const where = point
		? `${addressOf(answers)} (${point.lat.toFixed(6)}, ${point.lon.toFixed(6)})`
		: addressOf(answers);
	const from = text(answers[F.from]);
	const to = text(answers[F.to]);
	return [
		`Tirgot atļauts tikai atļaujā norādītajā vietā: ${where}, netraucējot gājēju un transportlīdzekļu kustību.`,
		`Atļauts tirgot šādas preces: ${goodsText(answers).toLowerCase()}.`,
		`Tirdzniecības laiks: ${daysText(answers)} no plkst. ${text(answers[F.opensAt])} līdz plkst. ${text(answers[F.closesAt])}; periods: ${formatDay(from, 'lv')} – ${formatDay(to, 'lv')}.`,
		`Tirdzniecības vietas (galda, ratiņu vai telts) izmēri nedrīkst pārsniegt ${stallText(answers)}.`,
		'Tirdzniecības vietu un tās apkārtni uzturēt tīru; pēc tirdzniecības dienas beigām aizvākt tirdzniecības iekārtas un atkritumus.',
		'Atļauju vai tās kopiju tirdzniecības laikā novietot pircējiem redzamā vietā un uzrādīt pēc kontrolējošo iestāžu pieprasījuma.'
	];
}
