import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { peopleRepo } from './people.repo';

/**
 * Records a sign-in or sign-out. For staff it is written once for each municipality they
 * hold a role in, so each municipal admin sees their own staff's sign-ins in their log;
 * for citizens (and the platform operator) once, with no municipality.
 */
export function auditSignInOrOut(
	db: DbOrTx,
	action: 'sign_in' | 'sign_out',
	person: Actor,
	details: Record<string, unknown>,
	address: string | null,
	now: number
): void {
	const municipalities = [
		...new Set(
			peopleRepo
				.rolesOf(db, person.id)
				.map((r) => r.municipalityId)
				.filter((m): m is string => m !== null)
		)
	];
	for (const municipalityId of municipalities.length > 0 ? municipalities : [null]) {
		audit(db, { action, actor: person, municipalityId, details, address }, now);
	}
}
