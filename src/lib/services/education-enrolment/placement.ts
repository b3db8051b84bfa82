import type { Predicate } from '../../domain/placement/rule-set';
import type { Answers, PlacementCapability, PlacementFact, PlacementGroupEvidence } from '../types';
import { childBirthDateOf } from './age';
import {
	AGE5_GROUND,
	F,
	levelOf,
	listOf,
	RESIDENCE_GROUND,
	SIBLING_GROUND,
	textOf,
	YES,
	type Level
} from './fields';
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
 * The engine's fact each priority ground rests on (src/lib/domain/placement/facts.ts). Grounds
 * with no fact of their own (e.g. a soldier's child) cannot be put in a rule set yet.
 */
const GROUND_FACTS: Record<string, string> = {
	commission: 'commissionDecision',
	[SIBLING_GROUND]: 'siblingEnrolled',
	[RESIDENCE_GROUND]: 'childResidence',
	noParentalCare: 'orphan',
	staffChild: 'staffChild',
	largeFamily: 'largeFamily'
};

/** The value the childResidence fact carries for a child declared in this municipality. */
export const RESIDENT_HERE = 'here';

function predicateOf(fact: string): Predicate {
	return fact === 'childResidence' ? { fact, equals: RESIDENT_HERE } : { fact };
}

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
	facts(answers, settings, receivedOn): PlacementFact[] {
		const claimed = new Set(listOf(answers[F.priorityGrounds]));
		const facts: PlacementFact[] = [];
		const birth = childBirthDateOf(answers);
		if (birth) {
			facts.push({ name: 'birthDate', value: birth, asOf: birth });
		}
		if (textOf(answers[F.childResident]) === YES || claimed.has(RESIDENCE_GROUND)) {
			facts.push({ name: 'childResidence', value: RESIDENT_HERE, asOf: receivedOn });
		}
		const known = new Set(settings.priorityGroups.map((g) => g.value));
		for (const ground of claimed) {
			const name = GROUND_FACTS[ground];
			if (!known.has(ground) || !name || name === 'childResidence') {
				continue;
			}
			// A sibling counts at the institution the sibling attends, and there only.
			const institution = ground === SIBLING_GROUND ? textOf(answers[F.siblingInstitution]) : '';
			facts.push({
				name,
				value: true,
				asOf: receivedOn,
				...(institution ? { institution } : {})
			});
		}
		return facts;
	},
	factOfGround: (group) => GROUND_FACTS[group] ?? null,
	defaultGroups(settings, intake) {
		const groups: { name: string; when: Predicate }[] = [
			{ name: 'commission', when: { fact: 'commissionDecision' } }
		];
		if (settings.age5Priority && intake === 'preschool') {
			groups.push({ name: AGE5_GROUND, when: { fact: 'birthDate', ageInRunYearAtLeast: 5 } });
		}
		for (const { value } of settings.priorityGroups) {
			const fact = GROUND_FACTS[value];
			if (fact && !groups.some((g) => g.name === value)) {
				groups.push({ name: value, when: predicateOf(fact) });
			}
		}
		return groups;
	},
	tieBreakFacts: (answers) => ({ birthDate: childBirthDateOf(answers), score: null }),
	childName: (answers) =>
		[textOf(answers[F.childGivenName]), textOf(answers[F.childSurname])]
			.filter((part) => part !== '')
			.join(' ')
};
