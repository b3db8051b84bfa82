import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { DbOrTx } from '../db/client.server';
import type { ActingFor } from '../kernel/acting-for';
import { sessionsRepo, type SessionWithPerson } from './sessions.repo';

/**
 * Sessions in the Lucia design: the browser holds a random token; the database holds only
 * its SHA-256, so a leaked database cannot be replayed as cookies.
 *
 * Two limits: an idle limit that slides forward on use, and an absolute end that never
 * moves. Staff (anyone holding a role) get 30 minutes idle and 12 hours in all, as a
 * workstation left open must not stay signed in; citizens, whose drafts sync in the
 * background from their own phone, get 30 days idle and 90 in all.
 */

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type SessionKind = 'citizen' | 'staff';

export const SESSION_POLICY: Readonly<Record<SessionKind, { idle: number; absolute: number }>> = {
	staff: { idle: 30 * MINUTE, absolute: 12 * HOUR },
	citizen: { idle: 30 * DAY, absolute: 90 * DAY }
};

/** Writing the sliding expiry on every request would make each read a write: once a minute. */
export const TOUCH_EVERY = MINUTE;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	// Node's native SHA-256: every signed-in request hashes its token (the same hex digest).
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type NewSession = {
	personId: string;
	kind: SessionKind;
	authMethod: 'latvija' | 'demo';
	actingFor?: ActingFor | null;
	userAgent?: string | null;
};

export function createSession(db: DbOrTx, token: string, input: NewSession, now = Date.now()) {
	const policy = SESSION_POLICY[input.kind];
	const session = {
		id: sessionIdFromToken(token),
		personId: input.personId,
		kind: input.kind,
		authMethod: input.authMethod,
		actingFor: input.actingFor ?? null,
		userAgent: input.userAgent ? input.userAgent.slice(0, 300) : null,
		expiresAt: now + policy.idle,
		absoluteExpiresAt: now + policy.absolute,
		lastActiveAt: now,
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
	const { session } = found;
	// Sessions made before the absolute end existed (0) end at their idle limit.
	const absolute = session.absoluteExpiresAt || session.expiresAt;
	if (now >= session.expiresAt || now >= absolute) {
		sessionsRepo.delete(db, session.id);
		return { session: null, person: null, renewed: false };
	}
	let renewed = false;
	if (now - session.lastActiveAt >= TOUCH_EVERY) {
		session.lastActiveAt = now;
		session.expiresAt = Math.min(now + SESSION_POLICY[session.kind].idle, absolute);
		sessionsRepo.touch(db, session.id, session.lastActiveAt, session.expiresAt);
		renewed = true;
	}
	return { session, person: found.person, renewed };
}

export function invalidateSession(db: DbOrTx, sessionId: string): void {
	sessionsRepo.delete(db, sessionId);
}

/**
 * Ends all of a person's sessions, e.g. when their roles change: a session's kind and limits
 * (a citizen's 30 idle days against a staff member's shorter ones) are fixed when it starts,
 * so a session begun as a citizen must not carry new staff powers. Returns how many ended.
 */
export function endAllSessionsOf(db: DbOrTx, personId: string): number {
	return sessionsRepo.deleteAllForPerson(db, personId);
}

/** A person's sessions as their account page lists and ends them. */
export const sessionRecords = {
	listForPerson: sessionsRepo.listForPerson.bind(sessionsRepo),
	deleteForPerson: sessionsRepo.deleteForPerson.bind(sessionsRepo)
};
