/**
 * Enrolment rules that need the municipality's data or more than one field. They see only
 * shown fields whose shape is right (the engine strips the rest), and each issue names the
 * field the person should change; its message says how (enrolment-messages.ts).
 */
import { samePersonalCode } from '../../domain/personal-code';
import { isIsoDate } from '../engine/formats';
import type { Answers, Issue, MunicipalContext } from '../types';
import { ageReachedInYear, childBirthDateOf, codeBirthDate, isAtLeastMonthsOld } from './age';
import {
	AGE5_GROUND,
	F,
	INSTITUTION_KIND,
	levelOf,
	listOf,
	NO,
	RESIDENCE_GROUND,
	SIBLING_GROUND,
	textOf,
	type Level
} from './fields';
import type { EnrolmentSettings } from './settings';
import { DEFAULT_ENROLMENT_SETTINGS } from './demo-settings';

type Context = MunicipalContext<EnrolmentSettings>;

const issue = (path: string, key: string): Issue => ({ path, message: `enrolment.${key}` });

function choiceIssues(answers: Answers, context: Context, settings: EnrolmentSettings): Issue[] {
	const chosen = listOf(answers[F.institutionChoices]);
	if (chosen.length === 0) {
		return [];
	}
	const path = F.institutionChoices;
	if (chosen.some((id) => !context.institutionIds.has(id))) {
		return [issue(path, 'choiceNotHere')];
	}
	const level = levelOf(answers);
	if (level && context.institutions) {
		const kindOf = new Map(context.institutions.map((i) => [i.id, i.kind]));
		if (chosen.some((id) => kindOf.get(id) !== INSTITUTION_KIND[level])) {
			return [issue(path, level === 'preschool' ? 'choiceNotPreschool' : 'choiceNotSchool')];
		}
	}
	return chosen.length > settings.maxChoices
		? [
				{
					...issue(path, 'tooManyChoices'),
					params: { count: chosen.length, max: settings.maxChoices }
				}
			]
		: [];
}

/** Whether the child's age on (or in the year of) the start date fits the level. */
function ageIssues(answers: Answers, settings: EnrolmentSettings): Issue[] {
	const birth = childBirthDateOf(answers);
	const start = textOf(answers[F.startDate]);
	const level = levelOf(answers);
	if (!birth || !isIsoDate(start) || !level) {
		return [];
	}
	const age = ageReachedInYear(birth, start);
	const checks: Record<Level, () => Issue[]> = {
		preschool: () => {
			if (!isAtLeastMonthsOld(birth, start, settings.minPreschoolAgeMonths)) {
				return [issue(F.startDate, 'tooYoungForPreschool')];
			}
			// Grade 1 starts at 7, or at 8 with an opinion: past that, pre-school is over.
			return age >= 8 ? [issue(F.level, 'tooOldForPreschool')] : [];
		},
		// General Education Law s. 32: the year the child turns 7; a year earlier or later
		// with an opinion (the form then asks for it, see needsSchoolAgeOpinion).
		grade1: () =>
			age < 6
				? [issue(F.level, 'tooYoungForFirstGrade')]
				: age > 8
					? [issue(F.level, 'tooOldForFirstGrade')]
					: [],
		transfer: () => [],
		// Grade 10 is normally the year a pupil turns 16; 14 allows an early start and a
		// skipped grade, younger is a mistyped date or level.
		grade10: () => (age < 14 ? [issue(F.level, 'tooYoungForTenthGrade')] : [])
	};
	return checks[level]();
}

function birthDateIssues(answers: Answers, today: string): Issue[] {
	const fromCode = codeBirthDate(answers[F.childPersonalCode]);
	const stated = textOf(answers[F.childBirthDate]);
	if (fromCode && stated && fromCode !== stated) {
		return [issue(F.childBirthDate, 'birthDateMismatch')];
	}
	const birth = childBirthDateOf(answers);
	if (birth && birth > today) {
		return [issue(fromCode ? F.childPersonalCode : F.childBirthDate, 'birthDateFuture')];
	}
	return [];
}

function priorityIssues(answers: Answers, settings: EnrolmentSettings): Issue[] {
	const claimed = listOf(answers[F.priorityGrounds]);
	const issues: Issue[] = [];
	if (claimed.includes(RESIDENCE_GROUND) && answers[F.childResident] === NO) {
		issues.push(issue(F.priorityGrounds, 'residenceGroundContradiction'));
	}
	const needsProof = settings.priorityGroups.some(
		(g) => g.requiresProof && claimed.includes(g.value)
	);
	if (needsProof && listOf(answers[F.priorityProof]).length === 0) {
		issues.push(issue(F.priorityProof, 'proofRequired'));
	}
	const siblingAt = textOf(answers[F.siblingInstitution]);
	const chosen = listOf(answers[F.institutionChoices]);
	if (claimed.includes(SIBLING_GROUND) && siblingAt && chosen.length > 0) {
		if (!chosen.includes(siblingAt)) {
			issues.push(issue(F.siblingInstitution, 'siblingNotChosen'));
		}
	}
	return issues;
}

function programmeIssues(answers: Answers, settings: EnrolmentSettings): Issue[] {
	const level = levelOf(answers);
	const programme = settings.programmes.find((p) => p.value === answers[F.programme]);
	if (!level || !programme?.levels || programme.levels.includes(level)) {
		return [];
	}
	return [issue(F.programme, 'programmeNotForLevel')];
}

function otherIssues(answers: Answers, context: Context, settings: EnrolmentSettings): Issue[] {
	const issues: Issue[] = [];
	const start = textOf(answers[F.startDate]);
	if (start && start < context.today) {
		issues.push(issue(F.startDate, 'startDateInPast'));
	}
	if (answers[F.childResident] === NO && !settings.allowNonResidents) {
		issues.push(issue(F.childResident, 'nonResidentNotAccepted'));
	}
	const secondCode = textOf(answers[F.secondRepPersonalCode]);
	if (secondCode && samePersonalCode(secondCode, textOf(answers[F.childPersonalCode]))) {
		issues.push(issue(F.secondRepPersonalCode, 'secondRepIsChild'));
	}
	return issues;
}

/** Every enrolment rule; the first issue about a field is the one shown for it. */
export function checkEnrolmentRules(answers: Answers, context: Context): Issue[] {
	const settings = context.settings ?? DEFAULT_ENROLMENT_SETTINGS;
	const birth = birthDateIssues(answers, context.today);
	return [
		...birth,
		...otherIssues(answers, context, settings),
		// An age worked out from a birth date already found wrong would only add noise.
		...(birth.length === 0 ? ageIssues(answers, settings) : []),
		...choiceIssues(answers, context, settings),
		...programmeIssues(answers, settings),
		...priorityIssues(answers, settings)
	];
}

/**
 * Grounds the form works out rather than asks: compulsory pre-school from the calendar year
 * the child turns 5 (Education Law s. 4), where the municipality gives it priority. For the
 * officer's queue and the check-answers page; never stored as a claim.
 */
export function computedPriorityGrounds(answers: Answers, settings: EnrolmentSettings): string[] {
	const birth = childBirthDateOf(answers);
	const start = textOf(answers[F.startDate]);
	if (!settings.age5Priority || levelOf(answers) !== 'preschool' || !birth || !isIsoDate(start)) {
		return [];
	}
	return ageReachedInYear(birth, start) >= 5 ? [AGE5_GROUND] : [];
}
