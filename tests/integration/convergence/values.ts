import { COMPLETE_FIELDS } from '../fixtures';

/**
 * The content fields of an enrolment application and the values the simulation types into
 * them: the honest fixture values, other valid ones, and some the server refuses (a wrong
 * check digit, an impossible birth date, an unknown institution, a malformed date), so
 * accepted and refused edits mix on the same records.
 */
export type ContentField = keyof typeof COMPLETE_FIELDS;

export const CONTENT_FIELDS = Object.keys(COMPLETE_FIELDS) as ContentField[];

export const VALUES: Readonly<Record<ContentField, readonly string[]>> = {
	childGivenName: [COMPLETE_FIELDS.childGivenName, 'Ella', 'Marta', ''],
	childSurname: [COMPLETE_FIELDS.childSurname, 'Ozola', 'Kalniņa'],
	childPersonalCode: [
		COMPLETE_FIELDS.childPersonalCode,
		'121219-22342',
		// Wrong check digit, then a date that does not exist: both refused.
		'121219-22341',
		'310219-22341'
	],
	institutionId: [COMPLETE_FIELDS.institutionId, 'riga-zilite', 'riga-nowhere'],
	startDate: [COMPLETE_FIELDS.startDate, '2098-09-01', '2099-13-01']
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
