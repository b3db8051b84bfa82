import fc from 'fast-check';
import xmlenc from 'xml-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildAssertion,
	issueWresult,
	signAssertion,
	wrapInResponse,
	type AssertionInput
} from '../../server/idp-standin/assertion';
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

/** The binding-cookie key of the browser the tests sign in with, and of another one. */
const BROWSER = 'abcdefghijklmnopqrstuvwxyz234567';
const OTHER_BROWSER = '234567abcdefghijklmnopqrstuvwxyz';

/** Starts a sign-in as the app does and returns the wctx the provider would send back. */
function start(db: Db, returnTo: string | null = null, now = T0, browserKey = BROWSER): string {
	const url = new URL(startSignIn(db, config, { returnTo, browserKey }, now));
	expect(url.searchParams.get('wa')).toBe('wsignin1.0');
	expect(url.searchParams.get('wtrealm')).toBe(TEST_REALM);
	expect(url.searchParams.get('wreply')).toBe(config.replyUrl);
	return url.searchParams.get('wctx') ?? '';
}

function answer(
	identifier: string,
	names = ['Anna', 'Bērziņa'],
	keys = trusted,
	latvijaShape?: AssertionInput['latvijaShape']
): string {
	return issueWresult(
		{
			issuer: TEST_ISSUER,
			audience: TEST_REALM,
			identifier,
			givenName: names[0] ?? '',
			surname: names[1] ?? '',
			now: T0,
			...(latvijaShape ? { latvijaShape } : {})
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
			{ wresult: answer('PK:15038512346'), wctx, browserKey: BROWSER },
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
			{
				wresult: answer('PK:12058112346-UR:40203123456', ['Roberts', 'Kalējs']),
				wctx,
				browserKey: BROWSER
			},
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
			{ wresult: answer('PK:09048812341', ['Ilze', 'Krūmiņa-Liepa']), wctx, browserKey: BROWSER },
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
		const first = await completeSignIn(
			db,
			config,
			{ wresult, wctx, browserKey: BROWSER },
			meta,
			T0 + 1000
		);
		expect(first.ok).toBe(true);
		const again = await completeSignIn(
			db,
			config,
			{ wresult, wctx, browserKey: BROWSER },
			meta,
			T0 + 2000
		);
		expect(again).toMatchObject({ ok: false, error: 'replayed' });
		const fresh = await completeSignIn(
			db,
			config,
			{ wresult, wctx: start(db), browserKey: BROWSER },
			meta,
			T0 + 3000
		);
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
			{ wresult: answer('PK:15038512346'), wctx: 'never-issued', browserKey: BROWSER },
			meta,
			T0 + 1000
		);
		expect(unknown).toMatchObject({ ok: false, error: 'expired', detail: 'unknown_request' });
		const wctx = start(db, null, T0 - 11 * 60_000);
		const late = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:02079012345', ['Jānis', 'Kalniņš']), wctx, browserKey: BROWSER },
			meta,
			T0 + 1000
		);
		expect(late).toMatchObject({ ok: false, error: 'expired' });
		expect(count(db, 'select count(*) n from session')).toBe(0);
	});

	it('reports a cancel, a forgery and an unacceptable identifier in plain categories', async () => {
		const db = freshDb();
		const cancelled = await completeSignIn(
			db,
			config,
			{ wctx: start(db, '/x'), browserKey: BROWSER },
			meta,
			T0
		);
		expect(cancelled).toMatchObject({ ok: false, error: 'cancelled', returnTo: '/x' });
		const forged = await completeSignIn(
			db,
			config,
			{
				wresult: answer('PK:15038512346', undefined, attacker),
				wctx: start(db),
				browserKey: BROWSER
			},
			meta,
			T0 + 1000
		);
		expect(forged).toMatchObject({ ok: false, error: 'invalid', detail: 'signature' });
		const system = await completeSignIn(
			db,
			config,
			{ wresult: answer('AU:100001'), wctx: start(db), browserKey: BROWSER },
			meta,
			T0 + 1000
		);
		expect(system).toMatchObject({ ok: false, error: 'not_allowed' });
		const expired = await completeSignIn(
			db,
			config,
			{
				wresult: answer('PK:15038512346'),
				wctx: start(db, null, T0 + 20 * 60_000),
				browserKey: BROWSER
			},
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
			{ wresult: answer('PK:15038512346'), wctx: start(db), browserKey: BROWSER },
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
		await completeSignIn(
			db,
			config,
			{ wresult, wctx: start(db, null, later), browserKey: BROWSER },
			meta,
			later
		);
		expect(count(db, 'select count(*) n from used_assertion')).toBe(1);
	});

	it('accepts an answer only in the browser that started the sign-in (login CSRF)', async () => {
		const db = freshDb();
		// The attacker starts a sign-in in their browser and gets an answer for themself.
		const wctx = start(db, '/applications', T0, OTHER_BROWSER);
		const wresult = answer('PK:02079012345', ['Jānis', 'Kalniņš']);
		// Posted from the victim's browser (another binding key, or none at all): refused.
		const victim = await completeSignIn(
			db,
			config,
			{ wresult, wctx, browserKey: BROWSER },
			meta,
			T0 + 1000
		);
		expect(victim).toMatchObject({ ok: false, error: 'expired', detail: 'unknown_request' });
		const noCookie = await completeSignIn(
			db,
			config,
			{ wresult: answer('PK:02079012345', ['Jānis', 'Kalniņš']), wctx, browserKey: null },
			meta,
			T0 + 1000
		);
		expect(noCookie).toMatchObject({ ok: false, detail: 'no_browser_binding' });
		expect(count(db, 'select count(*) n from session')).toBe(0);
		// The browser that asked still gets in with a fresh answer to its own request.
		const own = await completeSignIn(
			db,
			config,
			{
				wresult: answer('PK:02079012345', ['Jānis', 'Kalniņš']),
				wctx,
				browserKey: OTHER_BROWSER
			},
			meta,
			T0 + 2000
		);
		expect(own).toMatchObject({ ok: true, returnTo: '/applications' });
	});

	it('sends each role where its work is when the person was not going anywhere', async () => {
		const cases = [
			['PK:32987654321', ['Sandra', 'Kļaviņa'], '/admin/riga'],
			['PK:14029212347', ['Oskars', 'Briedis'], '/inspections'],
			['PK:32555510203', ['Māris', 'Dārziņš'], '/platform'],
			['PK:09048812341', ['Ilze', 'Krūmiņa'], '/office'],
			['PK:15038512346', ['Anna', 'Bērziņa'], '/']
		] as const;
		const db = freshDb();
		for (const [identifier, names, landing] of cases) {
			const outcome = await completeSignIn(
				db,
				config,
				{ wresult: answer(identifier, [...names]), wctx: start(db), browserKey: BROWSER },
				meta,
				T0 + 1000
			);
			expect(outcome, identifier).toMatchObject({ ok: true, returnTo: landing });
		}
	});

	it('comes back only to a same-origin path a Location header can carry, whatever returnTo was', async () => {
		const base = 'http://localhost:4173';
		const db = freshDb();
		const check = async (returnTo: string) => {
			const wctx = start(db, returnTo);
			const outcome = await completeSignIn(
				db,
				config,
				{ wresult: answer('PK:15038512346'), wctx, browserKey: BROWSER },
				meta,
				T0 + 1000
			);
			expect(outcome.ok).toBe(true);
			if (!outcome.ok) {
				return;
			}
			// A value a header cannot hold is what made the redirect a 500.
			expect(() => new Headers({ location: outcome.returnTo })).not.toThrow();
			expect(new URL(outcome.returnTo, base).origin).toBe(base);
		};
		await check('/%E3%80%82evil.example');
		await check(decodeURIComponent('/%E3%80%82evil.example'));
		for (const attack of ['//evil.example', '/\\evil.example', '/.//evil.example', '/\t/evil']) {
			await check(attack);
		}
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `/${s}`),
					fc.webPath(),
					fc.webUrl(),
					fc.constantFrom('/%2F%2Fevil', '/..//evil', '/./\\evil', '/\u3002evil', '/a\nb')
				),
				check
			),
			{ numRuns: 60 }
		);
	}, 30_000);

	it('signs in a person from an answer shaped as Latvija.lv sends it (bare code claim)', async () => {
		const db = freshDb();
		const outcome = await completeSignIn(
			db,
			config,
			{
				wresult: answer('PK:32345678901', ['Ods', 'Knislis'], trusted, {}),
				wctx: start(db),
				browserKey: BROWSER
			},
			meta,
			T0 + 1000
		);
		expect(outcome).toMatchObject({ ok: true, kind: 'citizen' });
		if (outcome.ok) {
			const { person } = validateSessionToken(db, outcome.token, T0 + 2000);
			expect(person).toMatchObject({ personalCode: '323456-78901', givenName: 'Ods' });
		}
	});

	it('a person whose code changed keeps their data and gains the current code', async () => {
		const db = freshDb();
		// Anna's code changed to a new-form one; Latvija.lv sends both.
		const outcome = await completeSignIn(
			db,
			config,
			{
				wresult: answer('PK:32111122233', ['Anna', 'Bērziņa'], trusted, {
					earlierCodes: ['15038512346']
				}),
				wctx: start(db),
				browserKey: BROWSER
			},
			meta,
			T0 + 1000
		);
		expect(outcome).toMatchObject({ ok: true });
		if (!outcome.ok) {
			return;
		}
		const { person } = validateSessionToken(db, outcome.token, T0 + 2000);
		expect(person).toMatchObject({ id: 'demo-citizen-anna', personalCode: '321111-22233' });
		expect(count(db, "select count(*) n from person where personal_code = '150385-12346'")).toBe(0);
		const entry = auditRows(db, 'sign_in')[0];
		expect(detailsOf(entry)).toMatchObject({ personalCodeChanged: true });
		expect(entry?.details).not.toContain('150385');
		expect(entry?.details).not.toContain('321111');
	});

	it('audits an encryption algorithm it refuses apart from a decryption that failed (23)', async () => {
		const db = freshDb();
		const withKey = { ...config, decryptionKeyPem: trusted.keyPem };
		const encrypted = async (algorithm: string, forKeys: KeyPair) => {
			const signed = signAssertion(
				buildAssertion({
					issuer: TEST_ISSUER,
					audience: TEST_REALM,
					identifier: 'PK:15038512346',
					givenName: 'Anna',
					surname: 'Bērziņa',
					now: T0
				}),
				trusted.keyPem,
				trusted.certPem
			);
			const token = await new Promise<string>((resolve, reject) => {
				xmlenc.encrypt(
					signed,
					{
						rsa_pub: forKeys.certPem,
						pem: forKeys.certPem,
						encryptionAlgorithm: algorithm,
						keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
						disallowEncryptionWithInsecureAlgorithm: false,
						warnInsecureAlgorithm: false
					},
					(err, result) => (err || !result ? reject(err ?? new Error('none')) : resolve(result))
				);
			});
			return wrapInResponse(token, TEST_REALM, T0, T0 + 5 * 60_000);
		};
		const cbc = await completeSignIn(
			db,
			withKey,
			{
				wresult: await encrypted('http://www.w3.org/2001/04/xmlenc#aes256-cbc', trusted),
				wctx: start(db),
				browserKey: BROWSER
			},
			meta,
			T0 + 1000
		);
		expect(cbc).toMatchObject({ ok: false, error: 'invalid', detail: 'encryption_algorithm' });
		const wrongKey = await completeSignIn(
			db,
			withKey,
			{
				wresult: await encrypted('http://www.w3.org/2009/xmlenc11#aes256-gcm', attacker),
				wctx: start(db),
				browserKey: BROWSER
			},
			meta,
			T0 + 1000
		);
		expect(wrongKey).toMatchObject({ ok: false, error: 'invalid', detail: 'decryption' });
		expect(auditRows(db, 'sign_in_refused').map((r) => detailsOf(r).detail)).toEqual([
			'encryption_algorithm',
			'decryption'
		]);
	});
});
