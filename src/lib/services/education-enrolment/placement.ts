import type { Answers, PlacementCapability, PlacementGroupEvidence } from '../types';
import { childBirthDateOf } from './age';
import { AGE5_GROUND, F, levelOf, listOf, textOf, type Level } from './fields';
import { computedPriorityGrounds } from './rules';
import type { EnrolmentSettings } from './settings';

const INTAKE_NAMES: Record<Level, { lv: string; en: string }> = {
	preschool: { lv: 'Pirmsskola', en: 'Pre-school' },
	grade1: { lv: '1. klase', en: 'Grade 1' },
	transfer: { lv: 'Pāriešana citā klasē', en: 'Transfer to another grade' },
	grade10: { lv: '10. klase', en: 'Grade 10' }
};

/** Where the family did not choose a language, the teaching language is Latvian. */
const DEFAULT_LANGUAGE = 'lv';

/**
 * How an enrolment becomes ranked programme choices and priority facts for placement
 * (issue 16). The order of groups is the municipality's list, after compulsory pre-school
 * (age 5), which the form works out itself from the birth date.
 */
export const enrolmentPlacement: PlacementCapability<EnrolmentSettings> = {
	intake: (answers) => levelOf(answers),
	intakeLabel: (intake) => INTAKE_NAMES[intake as Level] ?? { lv: intake, en: intake },
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
	groupLabel: (settings, group) =>
		group === AGE5_GROUND
			? { lv: 'Obligātā pirmsskola (no 5 gadiem)', en: 'Compulsory pre-school (from 5)' }
			: (settings.priorityGroups.find((g) => g.value === group)?.label ?? null),
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
