import { normalizeRegistrationNumber } from '../../domain/registration-number';
import type { Answers } from '../types';
import { F } from './rules';

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const one = (value: unknown): string[] => (textOf(value) === '' ? [] : [textOf(value)]);

/**
 * What officers filter permits by: the kind, the fee zone and whether the place is at a
 * cultural monument (those go to the heritage board); the search also finds the company by
 * its registration number and name.
 */
export function permitFacets(answers: Answers): Record<string, string[]> {
	return {
		kind: one(answers[F.kind]),
		zone: one(answers[F.zone]),
		nearMonument: one(answers[F.nearMonument]),
		// As officers write it (11 digits), however the applicant typed it.
		search: [
			...one(answers.registrationNumber).map(
				(typed) => normalizeRegistrationNumber(typed) ?? typed
			),
			...one(answers.companyName)
		]
	};
}
