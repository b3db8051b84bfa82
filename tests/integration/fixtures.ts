import { contentHash } from '../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { Mutation } from '../../src/lib/domain/sync';
import { yearInLatvia } from '../../src/lib/domain/time';
import type { Answers } from '../../src/lib/services/types';
import { codeBornOn } from '../unit/enrolment-fixture';

/**
 * Dates worked out from the clock so the data never rots: the child starts pre-school on
 * 1 September of next year, born 15 March of last year (about two and a half then: past the
 * 18 months pre-school needs, short of the year they turn 5), so the start date is always
 * ahead and the birth date always behind.
 */
const YEAR = yearInLatvia();
export const CHILD_BIRTH_DATE = `${YEAR - 1}-03-15`;
export const START_DATE = `${YEAR + 1}-09-01`;
/**
 * For tests that run at a fixed clock (property tests replaying a seed): early January of
 * this year, after the child's birth and before the start date, the same all year.
 */
export const FIXED_NOW = Date.parse(`${YEAR}-01-05T09:00:00Z`);

/**
 * Honest test data: a complete, valid enrolment application of a pre-school child in Rīga
 * (seeded demo institutions, Rīga's demo settings), as the seven-step form sends it.
 */
export const COMPLETE_FIELDS = {
	childPersonalCode: codeBornOn(CHILD_BIRTH_DATE),
	childGivenName: 'Elza',
	childSurname: 'Bērziņa',
	childResidentHere: 'yes',
	childAddress: { text: 'Brīvības iela 1-5, Rīga, LV-1010' },
	level: 'preschool',
	programme: 'preschoolGeneral',
	language: 'lv',
	startDate: START_DATE,
	institutionChoices: ['riga-saulite', 'riga-zilite'],
	priorityGrounds: [],
	applicantRelation: 'parent',
	applicantPhone: '+371 2612 3456',
	applicantEmail: 'maija@example.lv',
	hasSecondRepresentative: 'no',
	truthful: true,
	dataProcessing: true
} satisfies Answers;

/** The complete application for another municipality's demo pre-schools. */
export function completeFieldsFor(municipalityId: string): Answers {
	return {
		...COMPLETE_FIELDS,
		institutionChoices: [`${municipalityId}-saulite`, `${municipalityId}-zilite`]
	};
}

export function draftAndSubmit(
	firstId: number,
	municipalityId = 'riga',
	fields: Answers = COMPLETE_FIELDS
): { recordId: string; submissionId: string; mutations: Mutation[] } {
	const recordId = uuidv7();
	const submissionId = uuidv7();
	return {
		recordId,
		submissionId,
		mutations: [
			{
				id: firstId,
				name: 'application.saveDraft',
				args: { id: recordId, municipalityId, service: 'education-enrolment', patch: fields }
			},
			{
				id: firstId + 1,
				name: 'application.submit',
				args: { id: recordId, municipalityId, submissionId, payloadHash: contentHash(fields) }
			}
		]
	};
}
