import type { Db } from '../db/client.server';
import type { Actor } from '../trpc/context';
import { peopleRepo, type RoleRow } from './people.repo';
import { validateSessionToken } from './sessions.service';

export type RequestIdentity = {
	person: Actor | null;
	roles: RoleRow[];
	sessionId: string | null;
	/** Set when the sliding expiry moved: the cookie must be sent again. */
	renewedUntil: number | null;
};

export function identify(db: Db, token: string | undefined): RequestIdentity {
	if (!token) {
		return { person: null, roles: [], sessionId: null, renewedUntil: null };
	}
	const { session, person, renewed } = validateSessionToken(db, token);
	if (!session) {
		return { person: null, roles: [], sessionId: null, renewedUntil: null };
	}
	return {
		person: {
			id: person.id,
			givenName: person.givenName,
			surname: person.surname,
			personalCode: person.personalCode
		},
		roles: peopleRepo.rolesOf(db, person.id),
		sessionId: session.id,
		renewedUntil: renewed ? session.expiresAt : null
	};
}
