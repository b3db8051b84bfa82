import type { Db } from '../db/client.server';
import { peopleRepo } from './people.repo';
import { createSession, generateSessionToken, invalidateSession } from './sessions.service';

export function listDemoPeople(db: Db) {
	const roles = peopleRepo.allRoles(db);
	return peopleRepo.listAll(db).map((p) => ({
		id: p.id,
		name: `${p.givenName} ${p.surname}`,
		roles: roles
			.filter((r) => r.personId === p.id)
			.map((r) => ({ role: r.role, municipalityId: r.municipalityId }))
	}));
}

/** Signs a demo person in: a new session, whose token goes into the cookie. */
export function signInAs(db: Db, personId: string, userAgent: string | null = null) {
	const person = peopleRepo.findById(db, personId);
	if (!person) {
		return null;
	}
	const token = generateSessionToken();
	const isStaff = peopleRepo.rolesOf(db, person.id).length > 0;
	const session = createSession(db, token, {
		personId: person.id,
		kind: isStaff ? 'staff' : 'citizen',
		authMethod: 'demo',
		userAgent
	});
	return { token, expiresAt: session.expiresAt, isStaff };
}

export function signOut(db: Db, sessionId: string | null) {
	if (sessionId) {
		invalidateSession(db, sessionId);
	}
}
