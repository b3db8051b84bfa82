import type { Db } from '../db/client.server';
import type { RateLimits } from '../http/limits';
import type { ActingFor } from '../db/schema/identity';
import type { PersonRow } from '../identity/sessions.repo';
import type { RoleRow } from '../identity/people.repo';

export type Actor = Pick<PersonRow, 'id' | 'givenName' | 'surname' | 'personalCode'>;

/** The session the request came with: which one it is, and on whose behalf it acts. */
export type SessionInfo = {
	id: string;
	kind: 'citizen' | 'staff';
	actingFor: ActingFor | null;
};

export interface Context {
	db: Db;
	/** The signed-in person, or null. */
	person: Actor | null;
	roles: RoleRow[];
	/** Null for calls made without a session (server-side tests, the command line). */
	session?: SessionInfo | null;
	/** The client's address, for the audit log and rate limits; null when not over HTTP. */
	address?: string | null;
	/** The server's clock: receipt times and expiry use it, never the device's. */
	now: () => number;
	/** The rate limits procedures count against (tests pass their own); default: the process's. */
	limits?: RateLimits;
}

export function createContext(
	db: Db,
	identity: { person: Actor | null; roles: RoleRow[]; session?: SessionInfo | null },
	address: string | null = null,
	limits?: RateLimits
): Context {
	return {
		db,
		person: identity.person,
		roles: identity.roles,
		session: identity.session ?? null,
		address,
		now: () => Date.now(),
		...(limits ? { limits } : {})
	};
}
