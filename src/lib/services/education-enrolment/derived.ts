import type { Answers } from '../types';
import { childBirthDateOf, codeFormOf } from './age';
import { computedPriorityGrounds } from './rules';
import type { EnrolmentSettings } from './settings';

/**
 * What the form works out rather than asks, for the page to show beside the answers (under
 * the personal code: "Dzimšanas datums: 2023-03-15, nolasīts no personas koda") and for the
 * officer's queue. Nothing here is stored: it is derived again wherever it is shown.
 */
export function enrolmentFacts(
	answers: Answers,
	settings: EnrolmentSettings
): { birthDate: string | null; birthDateFrom: 'code' | 'stated' | null; grounds: string[] } {
	const birthDate = childBirthDateOf(answers);
	const from = birthDate === null ? null : codeFormOf(answers) === 'old' ? 'code' : 'stated';
	return { birthDate, birthDateFrom: from, grounds: computedPriorityGrounds(answers, settings) };
}
