/**
 * Test data for the complete enrolment: honest personal codes (their check digits computed),
 * a Rīga-like context of invented institutions, and a complete valid application.
 */
import { oldFormCheckDigit } from '../../src/lib/domain/personal-code';
import { ENROLMENT_DEMO_SETTINGS } from '../../src/lib/services/education-enrolment/demo-settings';
import type { EnrolmentSettings } from '../../src/lib/services/education-enrolment/settings';
import type { Answers, MunicipalContext } from '../../src/lib/services/types';

export const TODAY = '2026-05-04';

/** A valid old-form personal code of someone born on `birth` (YYYY-MM-DD, 1900-2099). */
export function codeBornOn(birth: string, serial = 123): string {
	const [year, month, day] = birth.split('-') as [string, string, string];
	const century = year.startsWith('19') ? '1' : '2';
	for (let s = serial; s < serial + 20; s++) {
		const firstTen = `${day}${month}${year.slice(2)}${century}${String(s).padStart(3, '0')}`;
		const check = oldFormCheckDigit(firstTen);
		if (check !== null) {
			return `${firstTen.slice(0, 6)}-${firstTen.slice(6)}${check}`;
		}
	}
	throw new Error('no serial with a check digit');
}

/** A new-form code (32…): no birth date in it. */
export const NEW_FORM_CODE = '321234-56789';

export const INSTITUTIONS = [
	{ id: 'pii-1', kind: 'preschool' },
	{ id: 'pii-2', kind: 'preschool' },
	{ id: 'pii-3', kind: 'preschool' },
	{ id: 'pii-4', kind: 'preschool' },
	{ id: 'pii-5', kind: 'preschool' },
	{ id: 'pii-6', kind: 'preschool' },
	{ id: 'school-1', kind: 'school' },
	{ id: 'school-2', kind: 'school' }
] as const;

export function contextFor(
	municipality: string,
	over: Partial<EnrolmentSettings> = {}
): MunicipalContext<EnrolmentSettings> {
	const settings = ENROLMENT_DEMO_SETTINGS[municipality];
	if (!settings) {
		throw new Error(`no demo settings for ${municipality}`);
	}
	return {
		municipalityId: municipality,
		institutionIds: new Set(INSTITUTIONS.map((i) => i.id)),
		institutions: INSTITUTIONS,
		settings: { ...settings, ...over },
		today: TODAY
	};
}

export const RIGA = contextFor('riga');

/** A complete, valid pre-school application in Rīga for a child born 15 March 2023. */
export const PRESCHOOL: Answers = {
	childPersonalCode: codeBornOn('2023-03-15'),
	childGivenName: 'Anna',
	childSurname: 'Bērziņa',
	childResidentHere: 'yes',
	childAddress: { text: 'Brīvības iela 1-5, Rīga, LV-1010' },
	level: 'preschool',
	programme: 'preschoolGeneral',
	language: 'lv',
	startDate: '2026-09-01',
	institutionChoices: ['pii-1', 'pii-2'],
	priorityGrounds: [],
	applicantRelation: 'parent',
	applicantPhone: '+371 2612 3456',
	applicantEmail: 'maija@example.lv',
	hasSecondRepresentative: 'no',
	truthful: true,
	dataProcessing: true
};

/** A complete grade 1 application: the child turns 7 in 2026. */
export const GRADE1: Answers = {
	...PRESCHOOL,
	childPersonalCode: codeBornOn('2019-11-02'),
	level: 'grade1',
	programme: 'basicGeneral',
	institutionChoices: ['school-1']
};

/** A real attachment id shape (the engine accepts UUIDs). */
export const FILE_ID = '0b6f3c1e-2a4d-4c5e-9f10-1a2b3c4d5e6f';
