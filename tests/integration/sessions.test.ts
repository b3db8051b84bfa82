import { describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_POLICY,
	sessionIdFromToken,
	validateSessionToken
} from '../../server/identity/sessions.service';
import { count, freshDb } from './harness';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const anna = { personId: 'demo-citizen-anna', kind: 'citizen', authMethod: 'demo' } as const;
const officer = { personId: 'demo-officer-riga', kind: 'staff', authMethod: 'demo' } as const;

describe('sessions (Lucia design)', () => {
	it('stores only the SHA-256 of a random token', () => {
		const db = freshDb();
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(token);
		createSession(db, token, anna);
		const stored = db.$client.prepare('select id from session').get() as { id: string };
		expect(stored.id).toBe(sessionIdFromToken(token));
		expect(stored.id).not.toContain(token);
		expect(count(db, 'select count(*) n from session where id = ?', token)).toBe(0);
	});

	it('finds the person for a valid token and nobody for an unknown one', () => {
		const db = freshDb();
		const token = generateSessionToken();
		createSession(db, token, anna);
		expect(validateSessionToken(db, token).person?.givenName).toBe('Anna');
		expect(validateSessionToken(db, generateSessionToken()).person).toBeNull();
	});

	it('slides a citizen’s idle limit on use, up to the absolute end', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, anna, start);
		const soon = validateSessionToken(db, token, start + 30 * 1000);
		expect(soon.renewed).toBe(false);
		expect(soon.session?.expiresAt).toBe(start + SESSION_POLICY.citizen.idle);
		const later = validateSessionToken(db, token, start + 20 * DAY);
		expect(later.renewed).toBe(true);
		expect(later.session?.expiresAt).toBe(start + 20 * DAY + 30 * DAY);
		// Used every 25 days it still ends 90 days after sign-in.
		expect(validateSessionToken(db, token, start + 45 * DAY).person).not.toBeNull();
		expect(validateSessionToken(db, token, start + 70 * DAY).session?.expiresAt).toBe(
			start + 90 * DAY
		);
		expect(validateSessionToken(db, token, start + 90 * DAY).person).toBeNull();
	});

	it('ends a staff session after 30 idle minutes', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T08:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, officer, start);
		expect(validateSessionToken(db, token, start + 29 * MINUTE).person?.id).toBe(
			'demo-officer-riga'
		);
		// Used at 0:29, so it lasts until 0:59.
		expect(validateSessionToken(db, token, start + 58 * MINUTE).person).not.toBeNull();
		expect(validateSessionToken(db, token, start + 58 * MINUTE + 30 * MINUTE).person).toBeNull();
	});

	it('ends a staff session 12 hours after sign-in however busy it is', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T08:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, officer, start);
		for (let t = start; t < start + 12 * HOUR; t += 10 * MINUTE) {
			expect(validateSessionToken(db, token, t).person).not.toBeNull();
		}
		expect(validateSessionToken(db, token, start + 12 * HOUR).person).toBeNull();
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('refuses and deletes an expired session', () => {
		const db = freshDb();
		const start = Date.parse('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		createSession(db, token, anna, start);
		expect(validateSessionToken(db, token, start + SESSION_POLICY.citizen.idle).person).toBeNull();
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('ends a session on sign-out', () => {
		const db = freshDb();
		const token = generateSessionToken();
		const session = createSession(db, token, anna);
		invalidateSession(db, session.id);
		expect(validateSessionToken(db, token).person).toBeNull();
	});
});
