import type { Db } from '../db/client.server';
import type { Actor, SessionInfo } from '../kernel/context';
import type { RoleRow } from './people.repo';
import { requestRolesRepo } from './request-roles.repo';
import { validateSessionToken } from './sessions.service';

export type RequestIdentity = {
	person: Actor | null;
	roles: RoleRow[];
	sessionId: string | null;
	session: SessionInfo | null;
	/** Set when the sliding expiry moved: the cookie must be sent again. */
	renewedUntil: number | null;
};

const NOBODY: RequestIdentity = {
	person: null,
	roles: [],
	sessionId: null,
	session: null,
	renewedUntil: null
};

export function identify(db: Db, token: string | undefined): RequestIdentity {
	if (!token) {
		return NOBODY;
	}
	const { session, person, renewed } = validateSessionToken(db, token);
	if (!session) {
		return NOBODY;
	}
	return {
		person: {
			id: person.id,
			givenName: person.givenName,
			surname: person.surname,
			personalCode: person.personalCode
		},
		roles: requestRolesRepo.rolesOf(db, person.id),
		sessionId: session.id,
		session: { id: session.id, kind: session.kind, actingFor: session.actingFor ?? null },
		renewedUntil: renewed ? session.expiresAt : null
	};
}
