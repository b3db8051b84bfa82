import type { Db } from '../db/client.server';
import type { Actor, SessionInfo } from '../kernel/context';
import type { RoleRow } from './people.repo';
import { requestRolesRepo } from './request-roles.repo';
import { writeStamp } from './identity-cache';
import { TOUCH_EVERY, validateSessionToken } from './sessions.service';

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

type Cached = {
	identity: RequestIdentity;
	/** When the session ends at the latest (idle or absolute), and when it was last touched. */
	endsAt: number;
	lastActiveAt: number;
	stamp: string;
};

/**
 * The identity of recent tokens, while nothing in the database has changed (identity-cache.ts)
 * and the session neither ended nor is due its once-a-minute touch: then a lookup would
 * give the same answer, so sign-out, expiry and role changes take effect on the very next
 * request. Keyed by token, held only in this process's memory (as the cookie it came in).
 */
const caches = new WeakMap<Db, Map<string, Cached>>();
const MAX_CACHED = 10_000;

function cacheOf(db: Db): Map<string, Cached> {
	let cache = caches.get(db);
	if (!cache) {
		cache = new Map();
		caches.set(db, cache);
	}
	return cache;
}

export function identify(db: Db, token: string | undefined, now = Date.now()): RequestIdentity {
	if (!token) {
		return NOBODY;
	}
	const cache = cacheOf(db);
	const cached = cache.get(token);
	const stamp = writeStamp(db);
	if (
		cached &&
		cached.stamp === stamp &&
		now < cached.endsAt &&
		now - cached.lastActiveAt < TOUCH_EVERY
	) {
		return cached.identity;
	}
	cache.delete(token);
	const { identity, session } = lookUp(db, token, now);
	if (session) {
		if (cache.size >= MAX_CACHED) {
			cache.clear();
		}
		cache.set(token, {
			identity: identity.renewedUntil === null ? identity : { ...identity, renewedUntil: null },
			endsAt: Math.min(session.expiresAt, session.absoluteExpiresAt || session.expiresAt),
			lastActiveAt: session.lastActiveAt,
			// After the lookup: its own touch, if any, is part of what the entry saw.
			stamp: writeStamp(db)
		});
	}
	return identity;
}

type SessionTimes = { expiresAt: number; absoluteExpiresAt: number; lastActiveAt: number };

function lookUp(
	db: Db,
	token: string,
	now: number
): { identity: RequestIdentity; session: SessionTimes | null } {
	const { session, person, renewed } = validateSessionToken(db, token, now);
	if (!session) {
		return { identity: NOBODY, session: null };
	}
	const identity: RequestIdentity = {
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
	return { identity, session };
}
