import { normalizeRegistrationNumber } from '../../domain/registration-number';
import type { Answers, PermitFacts } from '../types';
import { KIND_NAMES } from './kinds';
import { F, kindOf } from './rules';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * What the register keeps of an approved permit: the holder (the company when a company
 * applied), the place (address and point) and the period applied for, which the officer
 * may shorten in the decision.
 */
export function permitFacts(answers: Answers): PermitFacts {
	const company = answers.applicantType === 'company';
	const holder = company
		? `${text(answers.companyName)} (reģ. Nr. ${text(answers.registrationNumber)})`
		: text(answers.contactName);
	const address = answers.address;
	const location =
		typeof address === 'object' && address !== null && 'text' in address ? text(address.text) : '';
	const point = answers[F.point];
	const lat = typeof point === 'object' && point !== null ? (point as { lat?: unknown }).lat : null;
	const lon = typeof point === 'object' && point !== null ? (point as { lon?: unknown }).lon : null;
	const from = text(answers[F.from]);
	const to = text(answers[F.to]);
	return {
		kind: kindOf(answers) ?? 'sign',
		holder: holder || '—',
		location: location || '—',
		lat: typeof lat === 'number' ? lat : null,
		lon: typeof lon === 'number' ? lon : null,
		validFrom: from || null,
		validTo: to || null
	};
}

/** A company's application names the company and its registration number on the decision. */
export function applicantParty(answers: Answers): { name: string; code: string } | null {
	if (answers.applicantType !== 'company') {
		return null;
	}
	const name = text(answers.companyName);
	// Typed as "LV 4000 3521 600", with hyphens or pasted with typographic dashes: the
	// register's 11 digits are what is printed. A number the form let through unchecked (an
	// older draft) prints as typed rather than not at all.
	const typed = text(answers.registrationNumber);
	const code = normalizeRegistrationNumber(typed) ?? typed;
	return name && code ? { name, code } : null;
}

/** The officer's starting text: the usual conditions of Cabinet Regulation No. 732. */
export function decisionTemplate(outcome: 'approved' | 'refused', answers: Answers): string[] {
	const kind = kindOf(answers);
	const what = kind ? KIND_NAMES[kind].lv : 'Reklāmas objekts';
	if (outcome === 'refused') {
		return [];
	}
	return [
		`Atļautais objekts (${what.toLowerCase()}) izvietojams saskaņā ar iesniegto un saskaņoto dizaina projektu, tā izmēriem un atrašanās vietu.`,
		'Piecu darba dienu laikā pēc uzstādīšanas iesniegt pašvaldībā uzstādītā objekta fotofiksāciju.',
		'Pēc atļaujas termiņa beigām objektu demontēt un vietu sakārtot.'
	];
}
