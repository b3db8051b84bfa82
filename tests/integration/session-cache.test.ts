import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.server';
import { seedIfEmpty } from '../../server/db/seed';
import { identify } from '../../server/identity/request-identity';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_POLICY,
	sessionIdFromToken
} from '../../server/identity/sessions.service';
import { freshDb } from './harness';

/**
 * Every request's identity is kept while nothing in the database changes (server/identity/
 * identity-cache.ts). Whatever would change a lookup's answer must still take effect on the
 * very next request: sign-out, a role given, the session's end, a write by another
 * connection; and the sliding expiry is still written once a minute.
 */

const MINUTE = 60_000;
const T0 = 1_800_000_000_000;
const anna = { personId: 'demo-citizen-anna', kind: 'citizen', authMethod: 'demo' } as const;
const dir = mkdtempSync(join(tmpdir(), 'kopa-session-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function signedIn(db = freshDb()) {
	const token = generateSessionToken();
	createSession(db, token, anna, T0);
	return { db, token };
}

describe('the identity cache', () => {
	it('gives the same identity while nothing changed', () => {
		const { db, token } = signedIn();
		const first = identify(db, token, T0 + 1);
		expect(first.person?.id).toBe('demo-citizen-anna');
		expect(identify(db, token, T0 + 2)).toEqual(first);
	});

	it('forgets the person at once on sign-out', () => {
		const { db, token } = signedIn();
		expect(identify(db, token, T0 + 1).person).not.toBeNull();
		invalidateSession(db, sessionIdFromToken(token));
		expect(identify(db, token, T0 + 2).person).toBeNull();
	});

	it('shows a role given meanwhile at once', () => {
		const { db, token } = signedIn();
		expect(identify(db, token, T0 + 1).roles).toEqual([]);
		db.$client
			.prepare(
				`insert into role_assignment (id, person_id, role, municipality_id, service, created_at)
				 values ('r1', 'demo-citizen-anna', 'officer', 'riga', null, ?)`
			)
			.run(T0);
		expect(identify(db, token, T0 + 2).roles.map((r) => r.role)).toEqual(['officer']);
	});

	it('ends the session at its idle limit even when cached', () => {
		const { db, token } = signedIn();
		expect(identify(db, token, T0 + 1).person).not.toBeNull();
		const idle = SESSION_POLICY.citizen.idle;
		expect(identify(db, token, T0 + idle).person).toBeNull();
	});

	it('still writes the sliding expiry once a minute, and sends the cookie again', () => {
		const { db, token } = signedIn();
		expect(identify(db, token, T0 + 1).renewedUntil).toBeNull();
		const later = identify(db, token, T0 + MINUTE + 1);
		expect(later.renewedUntil).toBe(T0 + MINUTE + 1 + SESSION_POLICY.citizen.idle);
		// The next request within the minute needs no cookie again.
		expect(identify(db, token, T0 + MINUTE + 2).renewedUntil).toBeNull();
	});

	it('sees a sign-out written by another connection (another process)', () => {
		const path = join(dir, 'two.db');
		const db = openDatabase(path);
		seedIfEmpty(db);
		const { token } = signedIn(db);
		expect(identify(db, token, T0 + 1).person).not.toBeNull();
		const other = new Database(path);
		other.prepare('delete from session where id = ?').run(sessionIdFromToken(token));
		other.close();
		expect(identify(db, token, T0 + 2).person).toBeNull();
		db.$client.close();
	});
});
