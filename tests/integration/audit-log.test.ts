import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { audit } from '../../server/audit/audit.service';
import { signInAs, signOut } from '../../server/identity/demo-login.service';
import { validateSessionToken } from '../../server/identity/sessions.service';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, freshDb } from './harness';
import { draftAndSubmit } from './fixtures';

type Db = ReturnType<typeof freshDb>;

async function submittedInRiga(db: Db) {
	const { recordId, mutations } = draftAndSubmit(1);
	await callerFor(db, 'demo-citizen-anna').sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	return recordId;
}

describe('the audit log', () => {
	it('records every time an officer opens an application, and the admin sees it', async () => {
		const db = freshDb();
		const id = await submittedInRiga(db);
		const officer = callerFor(db, 'demo-officer-riga').applications;
		await officer.get({ municipalityId: 'riga', id });
		await officer.get({ municipalityId: 'riga', id });
		const log = await callerFor(db, 'demo-admin-riga').admin.audit({
			municipalityId: 'riga',
			action: 'application.open'
		});
		expect(log.entries).toHaveLength(2);
		expect(log.entries[0]).toMatchObject({
			actorId: 'demo-officer-riga',
			subjectType: 'application',
			subjectId: id,
			municipalityId: 'riga'
		});
		// Listing the queue is not opening anyone's data.
		await callerFor(db, 'demo-officer-riga').office.queue({ municipalityId: 'riga' });
		const after = await callerFor(db, 'demo-admin-riga').admin.audit({ municipalityId: 'riga' });
		expect(after.entries.filter((e) => e.action === 'application.open')).toHaveLength(2);
	});

	it('shows a municipality’s admin the sign-ins and sign-outs of its own staff only', async () => {
		const db = freshDb();
		const meta = { userAgent: 'test', address: '192.0.2.7' };
		const officer = signInAs(db, 'demo-officer-riga', meta);
		signInAs(db, 'demo-citizen-anna', meta);
		signInAs(db, 'demo-officer-liepaja', meta);
		const identity = validateSessionToken(db, officer?.token ?? '');
		signOut(db, { sessionId: identity.session?.id ?? null, person: identity.person }, null);

		const log = await callerFor(db, 'demo-admin-riga').admin.audit({ municipalityId: 'riga' });
		expect(log.entries.map((e) => [e.action, e.actorId])).toEqual([
			['sign_out', 'demo-officer-riga'],
			['sign_in', 'demo-officer-riga']
		]);
		// A citizen's sign-in belongs to no municipality's log.
		expect(
			db.$client
				.prepare("select municipality_id m from audit_event where actor_id = 'demo-citizen-anna'")
				.all()
		).toEqual([{ m: null }]);
	});

	it('cannot be changed or deleted, even by SQL', () => {
		const db = freshDb();
		audit(db, { action: 'sign_in', actor: null, municipalityId: 'riga' });
		expect(() => db.$client.prepare("update audit_event set action = 'x'").run()).toThrow(
			/append-only/
		);
		expect(() => db.$client.prepare('delete from audit_event').run()).toThrow(/append-only/);
	});

	it('filters by action, text and Latvian calendar days, in pages, within one municipality', async () => {
		const db = freshDb();
		const actor = { id: 'demo-officer-riga', givenName: 'Ieva', surname: 'Ozola' };
		// 23:30 on 1 March in Rīga is 21:30 UTC: it belongs to 1 March, not 2 March.
		const lateOnFirst = Date.parse('2026-03-01T21:30:00Z');
		audit(db, { action: 'application.open', actor, municipalityId: 'riga' }, lateOnFirst);
		for (let i = 0; i < 60; i++) {
			audit(
				db,
				{ action: 'role.grant', actor, municipalityId: 'riga' },
				Date.parse('2026-03-05T10:00:00Z') + i
			);
		}
		audit(db, { action: 'role.grant', actor, municipalityId: 'liepaja' }, lateOnFirst);
		const admin = callerFor(db, 'demo-admin-riga').admin;

		const first = await admin.audit({
			municipalityId: 'riga',
			from: '2026-03-01',
			to: '2026-03-01'
		});
		expect(first.entries.map((e) => e.at)).toEqual([lateOnFirst]);
		expect(
			(await admin.audit({ municipalityId: 'riga', from: '2026-03-02', to: '2026-03-04' })).entries
		).toEqual([]);

		const page1 = await admin.audit({ municipalityId: 'riga', action: 'role.grant' });
		expect(page1.entries).toHaveLength(50);
		expect(page1.next).not.toBeNull();
		const page2 = await admin.audit({
			municipalityId: 'riga',
			action: 'role.grant',
			before: page1.next ?? undefined
		});
		expect(page2.entries).toHaveLength(10);
		expect(page2.next).toBeNull();
		expect(new Set([...page1.entries, ...page2.entries].map((e) => e.municipalityId))).toEqual(
			new Set(['riga'])
		);
		expect((await admin.audit({ municipalityId: 'riga', text: 'Ozola' })).entries).toHaveLength(50);
		expect((await admin.audit({ municipalityId: 'riga', text: '%' })).entries).toHaveLength(0);
		// "%" and "_" are searched for as themselves, not as wildcards.
		audit(
			db,
			{ action: 'role.grant', actor: { ...actor, surname: 'Ozola_100%' }, municipalityId: 'riga' },
			lateOnFirst
		);
		expect((await admin.audit({ municipalityId: 'riga', text: 'a_100%' })).entries).toHaveLength(1);
		expect((await admin.audit({ municipalityId: 'riga', text: 'a_1' })).entries).toHaveLength(1);
		await expect(admin.audit({ municipalityId: 'liepaja' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});
});
