import type { Answers, PlacementCapability, PlacementGroupEvidence } from '../types';
import { childBirthDateOf } from './age';
import { AGE5_GROUND, F, levelOf, listOf, textOf } from './fields';
import { computedPriorityGrounds } from './rules';
import type { EnrolmentSettings } from './settings';

/** Where the family did not choose a language, the teaching language is Latvian. */
const DEFAULT_LANGUAGE = 'lv';

/**
 * How an enrolment becomes ranked programme choices and priority facts for placement
 * (issue 16). The order of groups is the municipality's list, after compulsory pre-school
 * (age 5), which the form works out itself from the birth date.
 */
export const enrolmentPlacement: PlacementCapability<EnrolmentSettings> = {
	intake: (answers) => levelOf(answers),
	startDate: (answers) => textOf(answers[F.startDate]).slice(0, 10) || null,
	choices(answers) {
		const level = levelOf(answers);
		if (!level) {
			return [];
		}
		const language = textOf(answers[F.language]) || DEFAULT_LANGUAGE;
		return listOf(answers[F.institutionChoices]).map((institutionId) => ({
			institutionId,
			level,
			language
		}));
	},
	groupOrder: (settings) => [
		...(settings.age5Priority ? [AGE5_GROUND] : []),
		...settings.priorityGroups.map((g) => g.value)
	],
	groups(answers: Answers, settings, receivedOn): PlacementGroupEvidence[] {
		const known = new Set(settings.priorityGroups.map((g) => g.value));
		const claimed = listOf(answers[F.priorityGrounds])
			.filter((g) => known.has(g))
			.map((group) => ({ group, source: 'claim', asOf: receivedOn }));
		const birth = childBirthDateOf(answers) ?? receivedOn;
		const computed = computedPriorityGrounds(answers, settings).map((group) => ({
			group,
			source: 'birthDate',
			asOf: birth
		}));
		return [...computed, ...claimed];
	},
	tieBreakFacts: (answers) => ({ birthDate: childBirthDateOf(answers), score: null }),
	childName: (answers) =>
		[textOf(answers[F.childGivenName]), textOf(answers[F.childSurname])]
			.filter((part) => part !== '')
			.join(' ')
};
