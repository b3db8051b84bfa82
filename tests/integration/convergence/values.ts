import { codeBornOn } from '../../unit/enrolment-fixture';
import { CHILD_BIRTH_DATE, COMPLETE_FIELDS, START_DATE } from '../fixtures';

/**
 * The content fields of an enrolment application that the simulation edits, and the values
 * it types into them: the honest fixture values, other valid ones, and some the server
 * refuses (a wrong check digit, an impossible birth date, an unknown institution, a
 * malformed date), so accepted and refused edits mix on the same records. The ranked
 * institution list is edited as a whole array, as the form sends it.
 */
export const CONTENT_FIELDS = [
	'childGivenName',
	'childSurname',
	'childPersonalCode',
	'institutionChoices',
	'startDate'
] as const satisfies readonly (keyof typeof COMPLETE_FIELDS)[];

export type ContentField = (typeof CONTENT_FIELDS)[number];

/** A value as a field holds it: text, or a list for the ranked institutions. */
export type FieldValue = string | readonly string[];

const YEAR = Number(START_DATE.slice(0, 4));
/** Another child of pre-school age, born later in the same year. */
const OTHER_CODE = codeBornOn(`${CHILD_BIRTH_DATE.slice(0, 4)}-12-12`, 223);
/** The valid code with another last digit: the check digit is wrong. */
const WRONG_CHECK = `${OTHER_CODE.slice(0, -1)}${(Number(OTHER_CODE.slice(-1)) + 1) % 10}`;

export const VALUES: Readonly<Record<ContentField, readonly FieldValue[]>> = {
	childGivenName: [COMPLETE_FIELDS.childGivenName, 'Ella', 'Marta', ''],
	childSurname: [COMPLETE_FIELDS.childSurname, 'Ozola', 'Kalniņa'],
	// Then a wrong check digit, and a date that does not exist: both refused.
	childPersonalCode: [COMPLETE_FIELDS.childPersonalCode, OTHER_CODE, WRONG_CHECK, '310219-22341'],
	institutionChoices: [
		COMPLETE_FIELDS.institutionChoices,
		['riga-zilite'],
		['riga-zilite', 'riga-saulite'],
		['riga-nowhere']
	],
	startDate: [COMPLETE_FIELDS.startDate, `${YEAR + 1}-09-01`, `${YEAR}-13-01`]
};

export const MUNICIPALITY = 'riga';
export const SERVICE = 'education-enrolment';
export const OFFICER = 'demo-officer-riga';

/** The server treats a missing field and an empty one alike (merge.rules.ts). */
export function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}

/**
 * Record and submission ids made in order rather than at random, so a seed replays the same
 * ids and "the n-th application" means the same record on every run.
 */
export function idMaker(prefix: number): () => string {
	let n = 0;
	return () => {
		n += 1;
		const tail = (prefix * 0x1000000 + n).toString(16).padStart(12, '0');
		return `0190f5a0-0000-7000-8000-${tail}`;
	};
}
