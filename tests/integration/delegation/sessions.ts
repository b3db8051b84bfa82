import { randomUUID } from 'node:crypto';
import { mapIdentifier } from '../../../server/identity/latvija/identifiers';
import { peopleRepo } from '../../../server/identity/people.repo';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../../server/identity/sessions.service';
import { createContext } from '../../../server/kernel/context';
import { createCaller } from '../../../server/app/router';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import type { freshDb } from '../harness';

type Db = ReturnType<typeof freshDb>;

/** The request identity of a person signed in with this Latvija.lv identifier (HTTP handlers). */
export function identityAs(db: Db, personId: string, identifier: string | null) {
	const token = generateSessionToken();
	createSession(db, token, {
		personId,
		kind: 'citizen',
		authMethod: 'latvija',
		actingFor: identifier ? (mapIdentifier(identifier)?.actingFor ?? null) : null
	});
	const { session, person } = validateSessionToken(db, token);
	if (!session) {
		throw new Error('no session');
	}
	return {
		person,
		roles: peopleRepo.rolesOf(db, person.id),
		session: { id: session.id, kind: session.kind, actingFor: session.actingFor ?? null }
	};
}

/** A tRPC caller signed in with this Latvija.lv identifier, as the sign-in makes the session. */
export const signedInAs = (db: Db, personId: string, identifier: string | null) =>
	createCaller(createContext(db, identityAs(db, personId, identifier)));

export type SignedIn = ReturnType<typeof signedInAs>;

export const pullIds = async (caller: SignedIn, clientId: string = randomUUID()) =>
	(await caller.sync.pull({ clientId, schemaVersion: SCHEMA_VERSION, cookie: null })).patch.map(
		(p) => p.id
	);
