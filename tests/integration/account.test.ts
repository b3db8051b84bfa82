import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createContext } from '../../server/kernel/context';
import { createCaller } from '../../server/app/router';
import { peopleRepo } from '../../server/identity/people.repo';
import {
	createSession,
	generateSessionToken,
	sessionIdFromToken,
	validateSessionToken
} from '../../server/identity/sessions.service';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, freshDb } from './harness';
import { draftAndSubmit } from './fixtures';

type Db = ReturnType<typeof freshDb>;

/** A caller as if the request came with this session's cookie. */
function callerWithSession(db: Db, token: string) {
	const { session, person } = validateSessionToken(db, token);
	if (!session) {
		throw new Error('no such session');
	}
	return createCaller(
		createContext(db, {
			person,
			roles: peopleRepo.rolesOf(db, person.id),
			session: { id: session.id, kind: session.kind, actingFor: session.actingFor ?? null }
		})
	);
}

function signIn(db: Db, personId: string, userAgent: string) {
	const token = generateSessionToken();
	createSession(db, token, { personId, kind: 'citizen', authMethod: 'latvija', userAgent });
	return token;
}

describe('my sessions', () => {
	it('lists my sessions (not others’), marks this one, and revokes another device’s', async () => {
		const db = freshDb();
		const phone = signIn(db, 'demo-citizen-anna', 'Phone');
		const laptop = signIn(db, 'demo-citizen-anna', 'Laptop');
		signIn(db, 'demo-citizen-janis', 'Jānis’ phone');
		const fromPhone = callerWithSession(db, phone).account;
		const listed = await fromPhone.sessions();
		expect(listed.map((s) => [s.userAgent, s.current]).sort()).toEqual([
			['Laptop', false],
			['Phone', true]
		]);
		const other = listed.find((s) => !s.current);
		const out = await fromPhone.revokeSession({ id: other?.id ?? '' });
		expect(out.signedOut).toBe(false);
		expect(validateSessionToken(db, laptop).person).toBeNull();
		expect(validateSessionToken(db, phone).person?.id).toBe('demo-citizen-anna');
	});

	it('cannot revoke someone else’s session', async () => {
		const db = freshDb();
		const anna = signIn(db, 'demo-citizen-anna', 'Phone');
		const janis = signIn(db, 'demo-citizen-janis', 'Phone');
		const janisSession = (await callerWithSession(db, janis).account.sessions())[0];
		await expect(
			callerWithSession(db, anna).account.revokeSession({ id: janisSession?.id ?? '' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(validateSessionToken(db, janis).person?.id).toBe('demo-citizen-janis');
	});
});

describe('my data (GDPR Art. 15)', () => {
	it('holds my person, applications with their history, and who opened them; nobody else’s', async () => {
		const db = freshDb();
		const mine = draftAndSubmit(1);
		await callerFor(db, 'demo-citizen-anna').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: mine.mutations
		});
		const theirs = draftAndSubmit(1, 'liepaja', {
			...(mine.mutations[0]?.args as { patch: Record<string, unknown> }).patch,
			institutionChoices: ['liepaja-saulite']
		});
		await callerFor(db, 'demo-citizen-janis').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: theirs.mutations
		});
		await callerFor(db, 'demo-officer-riga').applications.get({
			municipalityId: 'riga',
			id: mine.recordId
		});

		const token = signIn(db, 'demo-citizen-anna', 'Phone');
		const data = await callerWithSession(db, token).account.myData();
		const text = JSON.stringify(data);
		expect(data).toMatchObject({
			format: 'kopa-my-data/1',
			person: { id: 'demo-citizen-anna', personalCode: '150385-12346' }
		});
		expect((data.applications as { id: string }[]).map((a) => a.id)).toEqual([mine.recordId]);
		expect((data.applicationChanges as unknown[]).length).toBeGreaterThanOrEqual(2);
		expect(data.accessToMyApplications).toEqual([
			expect.objectContaining({ action: 'application.open', municipalityId: 'riga' })
		]);
		expect(text).not.toContain(theirs.recordId);
		expect(text).not.toContain('demo-officer-riga');
		// Neither the session token nor its stored hash is in the file.
		expect(text).not.toContain(token);
		expect(text).not.toContain(sessionIdFromToken(token));
		expect(
			db.$client.prepare("select count(*) n from audit_event where action = 'my_data.export'").get()
		).toEqual({ n: 1 });
	});
});
