import { createHash } from 'node:crypto';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { DbOrTx } from '../db/client.server';
import type { ActingFor } from '../kernel/acting-for';
import { people } from '../identity/people.service';

/**
 * Whose applications a request may reach, decided by the session, never by the device:
 * signed in for themself, a person reaches their own; in a session under a person's power of
 * attorney (`DP:<grantor>`), the applications they made for that grantor, and nothing else.
 * A delegate signed in for themself therefore no longer sees what they made for the grantor,
 * and a session for one grantor never shows another's (docs/delegation.md).
 */
export type Reach =
	| { kind: 'own'; personId: string }
	/** `grantorId` is null for a grantor Kopa has never recorded: nothing is theirs yet. */
	| { kind: 'for-grantor'; delegateId: string; grantorId: string | null };

export const ownReach = (personId: string): Reach => ({ kind: 'own', personId });

/** The reach of a request made in a session (the pull, a decision download). */
export function sessionReach(
	db: DbOrTx,
	personId: string,
	actingFor: ActingFor | null | undefined
): Reach {
	if (actingFor?.kind !== 'person') {
		return ownReach(personId);
	}
	// Read only: looking is no reason to record a grantor (a push does, on-behalf.ts).
	const grantorId = people.findByPersonalCode(db, actingFor.personalCode)?.id ?? null;
	return { kind: 'for-grantor', delegateId: personId, grantorId };
}

/** The reach of a sync mutation, from the facts the push took from its session. */
export function mutationReach(personId: string, applicant: ApplicantFacts | undefined): Reach {
	if (applicant?.actingFor?.kind !== 'person') {
		return ownReach(personId);
	}
	return { kind: 'for-grantor', delegateId: personId, grantorId: applicant.grantorId ?? null };
}

/**
 * A tag for the pull's cookie: a device that pulled under one reach and pulls under another
 * (the same person, signed in for themself after acting for a grantor) gets a full reset, so
 * its copy of the other reach's applications is replaced, not kept. The grantor's id is
 * hashed: the device learns only that the reach changed, not whom it is for.
 */
export function reachTag(reach: Reach): string {
	if (reach.kind === 'own') {
		return '';
	}
	const grantor = createHash('sha256')
		.update(reach.grantorId ?? '')
		.digest('hex');
	return `:for:${grantor.slice(0, 16)}`;
}
