import { normalizeRegistrationNumber } from '../../domain/registration-number';
import type { Answers } from '../types';
import { goodsText, stallText } from './decision';
import { F } from './fields';

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const one = (value: unknown): string[] => (textOf(value) === '' ? [] : [textOf(value)]);

/** "Ziedi un stādi · Tērbatas iela 2 · 2 × 1 m" for lists and queues (as officers read them). */
export function tradeSummary(answers: Answers): string {
	const address = answers[F.address];
	const addressText =
		typeof address === 'object' && address !== null && 'text' in address
			? textOf(address.text)
			: '';
	const parts = [goodsText(answers), addressText.slice(0, 120), stallText(answers)].filter(
		(part) => part !== ''
	);
	return parts.length > 0 ? parts.join(' · ') : '—';
}

/**
 * What officers filter street trade by: the goods (food needs the food authority's
 * registration), the duty zone and the kind of trading place; the search also finds the
 * company by its registration number and name.
 */
export function tradeFacets(answers: Answers): Record<string, string[]> {
	const goods = Array.isArray(answers[F.goods])
		? (answers[F.goods] as unknown[]).filter((g): g is string => typeof g === 'string')
		: [];
	return {
		goods,
		zone: one(answers[F.zone]),
		stallType: one(answers[F.stallType]),
		search: [
			...one(answers[F.registrationNumber]).map(
				(typed) => normalizeRegistrationNumber(typed) ?? typed
			),
			...one(answers[F.companyName])
		]
	};
}

/**
 * Answers a new draft starts with: a person signed in on behalf of a company (a `UR:`
 * session) trades as that company, its registration number already filled in (editable,
 * and checked like any other answer).
 */
export function companyPrefill(
	actingFor: { kind: string; registrationNumber?: string } | null | undefined
): Answers {
	if (actingFor?.kind !== 'company' || !actingFor.registrationNumber) {
		return {};
	}
	return { [F.applicantType]: 'company', [F.registrationNumber]: actingFor.registrationNumber };
}
