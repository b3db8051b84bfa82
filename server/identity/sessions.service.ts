import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { DbOrTx } from '../db/client.server';
import { sessionsRepo, type SessionWithPerson } from './sessions.repo';

/**
 * Sessions in the Lucia design: the browser holds a random token; the database holds only
 * its SHA-256, so a leaked database cannot be replayed as cookies. Expiry slides: a session
 * used in the second half of its life is extended.
 */

export const SESSION_COOKIE = 'kopa_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: DbOrTx, token: string, personId: string, now = Date.now()) {
	const session = {
		id: sessionIdFromToken(token),
		personId,
		expiresAt: now + SESSION_LIFETIME,
		createdAt: now
	};
	sessionsRepo.insert(db, session);
	return session;
}

export type SessionValidation =
	| { session: SessionWithPerson['session']; person: SessionWithPerson['person']; renewed: boolean }
	| { session: null; person: null; renewed: false };

export function validateSessionToken(
	db: DbOrTx,
	token: string,
	now = Date.now()
): SessionValidation {
	const found = sessionsRepo.findWithPerson(db, sessionIdFromToken(token));
	if (!found) {
		return { session: null, person: null, renewed: false };
	}
	if (now >= found.session.expiresAt) {
		sessionsRepo.delete(db, found.session.id);
		return { session: null, person: null, renewed: false };
	}
	let renewed = false;
	if (found.session.expiresAt - now < RENEW_WHEN_LEFT) {
		found.session.expiresAt = now + SESSION_LIFETIME;
		sessionsRepo.updateExpiry(db, found.session.id, found.session.expiresAt);
		renewed = true;
	}
	return { session: found.session, person: found.person, renewed };
}

export function invalidateSession(db: DbOrTx, sessionId: string): void {
	sessionsRepo.delete(db, sessionId);
}
