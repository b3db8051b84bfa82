import type { Db } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { landingFor } from './landing';
import { peopleRepo } from './people.repo';
import { auditSignInOrOut } from './sign-in-audit';
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
export function signInAs(
	db: Db,
	personId: string,
	meta: { userAgent: string | null; address: string | null } = { userAgent: null, address: null },
	now = Date.now()
) {
	const person = peopleRepo.findById(db, personId);
	if (!person) {
		return null;
	}
	const token = generateSessionToken();
	const roles = peopleRepo.rolesOf(db, person.id);
	const isStaff = roles.length > 0;
	const session = createSession(
		db,
		token,
		{
			personId: person.id,
			kind: isStaff ? 'staff' : 'citizen',
			authMethod: 'demo',
			userAgent: meta.userAgent
		},
		now
	);
	auditSignInOrOut(db, 'sign_in', person, { method: 'demo' }, meta.address, now);
	return { token, expiresAt: session.expiresAt, isStaff, landing: landingFor(roles) };
}

/** Ends the session the request came with, and records that its person signed out. */
export function signOut(
	db: Db,
	identity: { sessionId: string | null; person: Actor | null },
	address: string | null,
	now = Date.now()
) {
	if (identity.sessionId) {
		invalidateSession(db, identity.sessionId);
	}
	if (identity.person) {
		auditSignInOrOut(db, 'sign_out', identity.person, {}, address, now);
	}
}
