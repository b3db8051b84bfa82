import type { Answers, ChoiceOption } from '../types';

/**
 * Field names of the complete enrolment, in one place: the steps, the rules, the summary and
 * the old-draft migration read the same names. The first five kept their names and meaning
 * from the one-page form (childGivenName, childSurname, childPersonalCode, startDate;
 * institutionId became the ranked `institutionChoices`, see migrate.ts).
 */
export const F = {
	childPersonalCode: 'childPersonalCode',
	childBirthDate: 'childBirthDate',
	childGivenName: 'childGivenName',
	childSurname: 'childSurname',
	childResident: 'childResidentHere',
	childAddress: 'childAddress',
	level: 'level',
	transferGrade: 'transferGrade',
	programme: 'programme',
	language: 'language',
	startDate: 'startDate',
	schoolAgeOpinion: 'schoolAgeOpinion',
	institutionChoices: 'institutionChoices',
	priorityGrounds: 'priorityGrounds',
	siblingInstitution: 'siblingInstitution',
	siblingName: 'siblingName',
	priorityProof: 'priorityProof',
	applicantRelation: 'applicantRelation',
	authorisation: 'authorisation',
	applicantPhone: 'applicantPhone',
	applicantEmail: 'applicantEmail',
	hasSecondRep: 'hasSecondRepresentative',
	secondRepGivenName: 'secondRepGivenName',
	secondRepSurname: 'secondRepSurname',
	secondRepPersonalCode: 'secondRepPersonalCode',
	secondRepPhone: 'secondRepPhone',
	secondRepEmail: 'secondRepEmail',
	truthful: 'truthful',
	dataProcessing: 'dataProcessing'
} as const;

export const LEVELS = ['preschool', 'grade1', 'transfer', 'grade10'] as const;
export type Level = (typeof LEVELS)[number];

export function levelOf(answers: Answers): Level | null {
	const level = answers[F.level];
	return typeof level === 'string' && (LEVELS as readonly string[]).includes(level)
		? (level as Level)
		: null;
}

/**
 * The institution kind each level is applied to (reference data knows 'preschool' and
 * 'school'). Pre-school groups that a school runs are listed by the municipality as their
 * own pre-school institution, which is how the municipal queues (e.g. Rīga's) list them.
 */
export const INSTITUTION_KIND: Record<Level, string> = {
	preschool: 'preschool',
	grade1: 'school',
	transfer: 'school',
	grade10: 'school'
};

/** Grades a pupil may transfer into: 2-9 (basic) and 11-12 (secondary). */
export const TRANSFER_GRADES = ['2', '3', '4', '5', '6', '7', '8', '9', '11', '12'] as const;

/** The value of the sibling ground in every municipality's list (its extra fields hang on it). */
export const SIBLING_GROUND = 'sibling';
/** The ground "child's and parent's declared residence here": contradicts a "no" to residence. */
export const RESIDENCE_GROUND = 'declaredResidence';
/** The ground the form works out itself (compulsory pre-school from the year a child turns 5). */
export const AGE5_GROUND = 'age5';

export const YES = 'yes';
export const NO = 'no';
export const YES_NO: readonly ChoiceOption[] = [
	{ value: YES, label: { lv: 'Jā', en: 'Yes' } },
	{ value: NO, label: { lv: 'Nē', en: 'No' } }
];

export const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export const listOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
