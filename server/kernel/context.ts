import type { Db } from '../db/client.server';
import type { ActingFor } from './acting-for';
import type { RateLimits } from './limits';

/**
 * The signed-in person as every area sees them. Declared here rather than taken from the
 * identity area's rows so that the kernel, below every area, imports none of them.
 */
export type Actor = { id: string; givenName: string; surname: string; personalCode: string };

/** One role the person holds (a `role_assignment` row, as far as guards read it). */
export type RoleGrant = {
	role: 'officer' | 'inspector' | 'municipal_admin' | 'platform_operator';
	/** Null only for the platform operator. */
	municipalityId: string | null;
	/** Null: every e-service of the municipality. */
	service: string | null;
};

export type { ActingFor };

/** Staff changing a municipality's set-up: who, from where, when (written to the audit log). */
export type AdminActor = { person: Actor; address: string | null; now: number };

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
	roles: RoleGrant[];
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
	identity: { person: Actor | null; roles: RoleGrant[]; session?: SessionInfo | null },
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
