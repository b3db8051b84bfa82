import type { ApplicantFacts } from '../../src/lib/services/types';
import type { DbOrTx } from '../db/client.server';
import type { ActingFor } from '../kernel/acting-for';
import { people } from '../identity/people.service';

/**
 * The facts of a push made under a person's power of attorney (a `DP:` session): the grantor
 * as a Kopa person id, so what the delegate makes belongs to the grantor. The grantor's
 * personal code goes no further than this lookup. A grantor who never signed in is recorded
 * by code alone.
 */
export function withGrantor(
	db: DbOrTx,
	facts: ApplicantFacts,
	actingFor: ActingFor | null,
	now: number
): ApplicantFacts {
	if (actingFor?.kind !== 'person') {
		return facts;
	}
	const grantorId =
		people.findByPersonalCode(db, actingFor.personalCode)?.id ??
		people.insertByCode(db, actingFor.personalCode, now);
	return { ...facts, grantorId };
}
