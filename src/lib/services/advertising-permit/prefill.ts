import type { Answers } from '../types';

/** The session's "acting for", as much of it as the prefill needs. */
type ActingFor = { kind: string; registrationNumber?: string } | null | undefined;

/**
 * Answers to start a new draft with: a person signed in on behalf of a company (a `UR:`
 * session) applies as that company, with its registration number already filled in. The
 * server supplies `actingFor` from the session; the field stays editable and is checked
 * like any other.
 */
export function companyPrefill(actingFor: ActingFor): Answers {
	if (actingFor?.kind !== 'company' || !actingFor.registrationNumber) {
		return {};
	}
	return { applicantType: 'company', registrationNumber: actingFor.registrationNumber };
}
