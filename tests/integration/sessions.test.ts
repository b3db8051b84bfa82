import { describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME,
	sessionIdFromToken,
	validateSessionToken
} from '../../server/identity/sessions.service';
import { count, freshDb } from './harness';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions (Lucia design)', () => {
	it('stores only the SHA-256 of a random token', () => {
		const db = freshDb();
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(token);
		createSession(db, token, 'demo-citizen-anna');
		const stored = db.$client.prepare('select id from session').get() as { id: string };
		expect(stored.id).toBe(sessionIdFromToken(token));
		expect(stored.id).not.toContain(token);
		expect(count(db, 'select count(*) n from session where id = ?', token)).toBe(0);
	});

	it('finds the person for a valid token and nobody for an unknown one', () => {
		const db = freshDb();
		const token = generateSessionToken();
		createSession(db, token, 'demo-citizen-anna');
		expect(validateSessionToken(db, token).person?.givenName).toBe('Anna');
		expect(validateSessionToken(db, generateSessionToken()).person).toBeNull();
	});

	it('slides the expiry when used in the second half of its life, not before', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, 'demo-citizen-anna', start);
		const early = validateSessionToken(db, token, start + 10 * DAY);
		expect(early.renewed).toBe(false);
		expect(early.session?.expiresAt).toBe(start + SESSION_LIFETIME);
		const late = validateSessionToken(db, token, start + 20 * DAY);
		expect(late.renewed).toBe(true);
		expect(late.session?.expiresAt).toBe(start + 20 * DAY + SESSION_LIFETIME);
	});

	it('refuses and deletes an expired session', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, 'demo-citizen-anna', start);
		expect(validateSessionToken(db, token, start + SESSION_LIFETIME).person).toBeNull();
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('ends a session on sign-out', () => {
		const db = freshDb();
		const token = generateSessionToken();
		const session = createSession(db, token, 'demo-citizen-anna');
		invalidateSession(db, session.id);
		expect(validateSessionToken(db, token).person).toBeNull();
	});
});
