import type { Db } from '../db/client.server';
import type { PersonRow } from '../identity/sessions.repo';
import type { RoleRow } from '../identity/people.repo';

export type Actor = Pick<PersonRow, 'id' | 'givenName' | 'surname' | 'personalCode'>;

export interface Context {
	db: Db;
	/** The signed-in person, or null. */
	person: Actor | null;
	roles: RoleRow[];
	/** The server's clock: receipt times and expiry use it, never the device's. */
	now: () => number;
}

export function createContext(db: Db, person: Actor | null, roles: RoleRow[]): Context {
	return { db, person, roles, now: () => Date.now() };
}
