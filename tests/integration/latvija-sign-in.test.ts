import { beforeAll, describe, expect, it } from 'vitest';
import { issueWresult } from '../../server/idp-standin/assertion';
import type { KeyPair } from '../../server/idp-standin/keys';
import type { Db } from '../../server/db/client.server';
import type { LatvijaConfig } from '../../server/identity/latvija/config';
import { completeSignIn, startSignIn } from '../../server/identity/latvija/sign-in.service';
import { validateSessionToken } from '../../server/identity/sessions.service';
import { TEST_ISSUER, TEST_REALM, testConfig, testKeys } from '../support/latvija-keys';
import { count, freshDb } from './harness';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const meta = { userAgent: 'vitest', address: '127.0.0.1' };

let trusted: KeyPair;
let attacker: KeyPair;
let config: LatvijaConfig;

beforeAll(async () => {
	({ trusted, attacker } = await testKeys());
	config = testConfig(trusted);
}, 60_000);

/** Starts a sign-in as the app does and returns the wctx the provider would send back. */
function start(db: Db, returnTo: string | null = null, now = T0): string {
	const url = new URL(startSignIn(db, config, returnTo, now));
	expect(url.searchParams.get('wa')).toBe('wsignin1.0');
	expect(url.searchParams.get('wtrealm')).toBe(TEST_REALM);
	expect(url.searchParams.get('wreply')).toBe(config.replyUrl);
	return url.searchParams.get('wctx') ?? '';
}

function answer(identifier: string, names = ['Anna', 'Bērziņa'], keys = trusted): string {
	return issueWresult(
		{
			issuer: TEST_ISSUER,
			audience: TEST_REALM,
			identifier,
			givenName: names[0] ?? '',
			surname: names[1] ?? '',
			now: T0
		},
		keys.keyPem,
		keys.certPem
	);
}

const detailsOf = (row: { details: string } | undefined) =>
	JSON.parse(row?.details ?? '{}') as Record<string, unknown>;

const auditRows = (db: Db, action: string) =>
	db.$client
		.prepare('select actor_id, details from audit_event where action = ? order by rowid')
		.all(action) as { actor_id: string | null; details: string }[];

describe('Latvija.lv sign-in', () => {
	it('stores only the hash of wctx, once, for ten minutes', () => {
		const db = freshDb();
		const wctx = start(db, '/applications');
		expect(wctx).toMatch(/^[a-z2-7]{32}$/);
		const row = db.$client
			.prepare('select id, return_to, expires_at from sign_in_request')
			.get() as {
			id: string;
			return_to: string;
			expires_at: number;
		};
		expect(row.id).toMatch(/^[0-9a-f]{64}$/);
		expect(row.id).not.toContain(wctx);
		expect(row.return_to).toBe('/applications');
		expect(row.expires_at).toBe(T0 + 10 * 60_000);
	});

	it('signs a seeded citizen in, to where they were going, and audits it without the code', async () => {
		const db = freshDb();
		const wctx = start(db, '/applications');
		const outcome = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:15038512346'), wctx },
			meta,
			T0 + 1000
		);
		expect(outcome).toMatchObject({ ok: true, kind: 'citizen', returnTo: '/applications' });
		if (!outcome.ok) {
			return;
		}
		const found = validateSessionToken(db, outcome.token, T0 + 2000);
		expect(found.person?.id).toBe('demo-citizen-anna');
		expect(found.session).toMatchObject({
			authMethod: 'latvija',
			kind: 'citizen',
			actingFor: null
		});
		const [entry] = auditRows(db, 'sign_in');
		expect(entry?.actor_id).toBe('demo-citizen-anna');
		expect(detailsOf(entry)).toEqual({ method: 'latvija', actingFor: null });
		expect(entry?.details).not.toContain('150385');
		expect(count(db, 'select count(*) n from sign_in_request')).toBe(0);
	});

	it('creates a new person for a company signatory, acting for the company', async () => {
		const db = freshDb();
		const wctx = start(db);
		const outcome = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:12058112346-UR:40203123456', ['Roberts', 'Kalējs']), wctx },
			meta,
			T0 + 1000
		);
		expect(outcome).toMatchObject({ ok: true, kind: 'citizen', returnTo: '/' });
		if (!outcome.ok) {
			return;
		}
		const { person, session } = validateSessionToken(db, outcome.token, T0 + 2000);
		expect(person).toMatchObject({ personalCode: '120581-12346', givenName: 'Roberts' });
		expect(person?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
		expect(session?.actingFor).toEqual({ kind: 'company', registrationNumber: '40203123456' });
		expect(detailsOf(auditRows(db, 'sign_in')[0]).actingFor).toEqual({
			kind: 'company',
			registrationNumber: '40203123456'
		});
	});

	it('gives staff a staff session that lands on the office, and updates their name', async () => {
		const db = freshDb();
		const wctx = start(db);
		const outcome = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:09048812341', ['Ilze', 'Krūmiņa-Liepa']), wctx },
			meta,
			T0 + 1000
		);
		expect(outcome).toMatchObject({ ok: true, kind: 'staff', returnTo: '/office' });
		const name = db.$client
			.prepare("select surname from person where id = 'demo-officer-riga'")
			.get() as { surname: string };
		expect(name.surname).toBe('Krūmiņa-Liepa');
	});

	it('refuses the same answer twice as replayed, even with a fresh wctx', async () => {
		const db = freshDb();
		const wresult = answer('PK:15038512346');
		const wctx = start(db);
		const first = await completeSignIn(db, config, { wresult, wctx }, meta, T0 + 1000);
		expect(first.ok).toBe(true);
		const again = await completeSignIn(db, config, { wresult, wctx }, meta, T0 + 2000);
		expect(again).toMatchObject({ ok: false, error: 'replayed' });
		const fresh = await completeSignIn(db, config, { wresult, wctx: start(db) }, meta, T0 + 3000);
		expect(fresh).toMatchObject({ ok: false, error: 'replayed' });
		expect(count(db, 'select count(*) n from session')).toBe(1);
		expect(count(db, "select count(*) n from audit_event where action = 'sign_in_refused'")).toBe(
			2
		);
	});

	it('refuses an unknown or expired wctx', async () => {
		const db = freshDb();
		const unknown = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:15038512346'), wctx: 'never-issued' },
			meta,
			T0 + 1000
		);
		expect(unknown).toMatchObject({ ok: false, error: 'expired', detail: 'unknown_request' });
		const wctx = start(db, null, T0 - 11 * 60_000);
		const late = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:02079012345', ['Jānis', 'Kalniņš']), wctx },
			meta,
			T0 + 1000
		);
		expect(late).toMatchObject({ ok: false, error: 'expired' });
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('reports a cancel, a forgery and an unacceptable identifier in plain categories', async () => {
		const db = freshDb();
		const cancelled = await completeSignIn(db, config, { wctx: start(db, '/x') }, meta, T0);
		expect(cancelled).toMatchObject({ ok: false, error: 'cancelled', returnTo: '/x' });
		const forged = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:15038512346', undefined, attacker), wctx: start(db) },
			meta,
			T0 + 1000
		);
		expect(forged).toMatchObject({ ok: false, error: 'invalid', detail: 'signature' });
		const system = await completeSignIn(
			db,
			config,
			{ wresult: answer('AU:100001'), wctx: start(db) },
			meta,
			T0 + 1000
		);
		expect(system).toMatchObject({ ok: false, error: 'not_allowed' });
		const expired = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:15038512346'), wctx: start(db, null, T0 + 20 * 60_000) },
			meta,
			T0 + 20 * 60_000
		);
		expect(expired).toMatchObject({ ok: false, error: 'expired', detail: 'expired' });
		const reasons = auditRows(db, 'sign_in_refused').map((r) => detailsOf(r).reason);
		expect(reasons).toEqual(['cancelled', 'invalid', 'not_allowed', 'expired']);
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('forgets used assertion ids once they could no longer be accepted', async () => {
		const db = freshDb();
		await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:15038512346'), wctx: start(db) },
			meta,
			T0 + 1000
		);
		expect(count(db, 'select count(*) n from used_assertion')).toBe(1);
		const later = T0 + 60 * 60_000;
		const wresult = issueWresult(
			{
				issuer: TEST_ISSUER,
				audience: TEST_REALM,
				identifier: 'PK:02079012345',
				givenName: 'Jānis',
				surname: 'Kalniņš',
				now: later
			},
			trusted.keyPem,
			trusted.certPem
		);
		await completeSignIn(db, config, { wresult, wctx: start(db, null, later) }, meta, later);
		expect(count(db, 'select count(*) n from used_assertion')).toBe(1);
	});
});
