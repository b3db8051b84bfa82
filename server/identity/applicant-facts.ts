import type { ApplicantFacts } from '../../src/lib/services/types';
import type { ActingFor } from '../kernel/acting-for';

/**
 * What an e-service may know about on whose behalf the applicant acts. A grantor's personal
 * code (a `DP:` authorisation) stays on the server: rules need only the kind.
 */
export function applicantFacts(actingFor: ActingFor | null): ApplicantFacts {
	if (!actingFor) {
		return { actingFor: null };
	}
	if (actingFor.kind === 'company') {
		return { actingFor: { kind: 'company', registrationNumber: actingFor.registrationNumber } };
	}
	if (actingFor.kind === 'institution') {
		return { actingFor: { kind: 'institution', institution: actingFor.institution } };
	}
	return { actingFor: { kind: 'person' } };
}
