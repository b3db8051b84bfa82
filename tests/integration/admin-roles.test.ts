import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../server/identity/sessions.service';
import { callerFor, count, freshDb } from './harness';

type Db = ReturnType<typeof freshDb>;

// A new employee of Rīga who has never signed in: a valid new-form personal code.
const NEW_OFFICER = { personalCode: '329911-22334', givenName: 'Ilze', surname: 'Kalniņa' };

const admin = (db: Db) => callerFor(db, 'demo-admin-riga').admin;
const auditRows = (db: Db, action: string) =>
	db.$client
		.prepare('select * from audit_event where action = ? order by id')
		.all(action) as Record<string, unknown>[];

describe('a municipal admin assigns staff roles in their municipality', () => {
	it('grants an officer role to someone who has never signed in; the role works at once', async () => {
		const db = freshDb();
		const out = await admin(db).grant({
			municipalityId: 'riga',
			...NEW_OFFICER,
			role: 'officer',
			service: 'education-enrolment'
		});
		expect(out.created).toBe(true);
		const person = db.$client
			.prepare('select id, given_name from person where personal_code = ?')
			.get(NEW_OFFICER.personalCode) as { id: string; given_name: string };
		expect(person.given_name).toBe('Ilze');
		const queue = await callerFor(db, person.id).office.queue({ municipalityId: 'riga' });
		expect(queue.rows).toEqual([]);
		const staff = await admin(db).staff({ municipalityId: 'riga' });
		expect(staff.find((s) => s.personId === person.id)).toMatchObject({
			role: 'officer',
			service: 'education-enrolment',
			grantedBy: 'demo-admin-riga'
		});
		// Asking again changes nothing and is not audited twice.
		const again = await admin(db).grant({
			municipalityId: 'riga',
			...NEW_OFFICER,
			role: 'officer',
			service: 'education-enrolment'
		});
		expect(again).toEqual({ id: out.id, created: false });
		const grants = auditRows(db, 'role.grant');
		expect(grants).toHaveLength(1);
		expect(grants[0]).toMatchObject({
			actor_id: 'demo-admin-riga',
			municipality_id: 'riga',
			subject_type: 'person',
			subject_id: person.id
		});
	});

	it('revokes it, and the person loses access on their next request', async () => {
		const db = freshDb();
		const { id } = await admin(db).grant({
			municipalityId: 'riga',
			...NEW_OFFICER,
			role: 'inspector',
			service: null
		});
		await admin(db).revoke({ municipalityId: 'riga', roleId: id });
		expect(count(db, 'select count(*) n from role_assignment where id = ?', id)).toBe(0);
		expect(auditRows(db, 'role.revoke')).toHaveLength(1);
	});

	it('cannot touch another municipality’s staff, or appoint admins', async () => {
		const db = freshDb();
		const liepajaOfficer = db.$client
			.prepare("select id from role_assignment where municipality_id = 'liepaja' limit 1")
			.get() as { id: string };
		await expect(
			admin(db).revoke({ municipalityId: 'riga', roleId: liepajaOfficer.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			admin(db).grant({
				municipalityId: 'liepaja',
				...NEW_OFFICER,
				role: 'officer',
				service: null
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const ownAdminRole = db.$client
			.prepare("select id from role_assignment where person_id = 'demo-admin-riga'")
			.get() as { id: string };
		await expect(
			admin(db).revoke({ municipalityId: 'riga', roleId: ownAdminRole.id })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			callerFor(db, 'demo-officer-riga').admin.staff({ municipalityId: 'riga' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('refuses a bad personal code or an unknown e-service with a 4xx, changing nothing', async () => {
		const db = freshDb();
		const before = count(db, 'select count(*) n from role_assignment');
		await expect(
			admin(db).grant({
				municipalityId: 'riga',
				...NEW_OFFICER,
				personalCode: '010190-12344',
				role: 'officer',
				service: null
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			admin(db).grant({
				municipalityId: 'riga',
				...NEW_OFFICER,
				role: 'officer',
				service: 'no-such-service'
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(count(db, 'select count(*) n from role_assignment')).toBe(before);
	});
});

describe('role changes and the sessions they affect (issue 13, item 14)', () => {
	it('refuses an admin who tries to give themself a role, at the personal-code field', async () => {
		const db = freshDb();
		const before = count(db, 'select count(*) n from role_assignment');
		const refusal = admin(db).grant({
			municipalityId: 'riga',
			personalCode: '329876-54321',
			givenName: 'Sandra',
			surname: 'Kļaviņa',
			role: 'officer',
			service: null
		});
		const error = await refusal.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TRPCError);
		expect((error as TRPCError).code).toBe('BAD_REQUEST');
		const cause = (error as TRPCError).cause;
		expect((cause as { issues?: unknown } | undefined)?.issues).toEqual([
			expect.objectContaining({ path: ['personalCode'], message: 'admin.selfGrant' })
		]);
		expect(count(db, 'select count(*) n from role_assignment')).toBe(before);
		expect(auditRows(db, 'role.grant')).toHaveLength(0);
	});

	it('a grant ends the person’s existing sessions, so a citizen session never gains staff powers', async () => {
		const db = freshDb();
		const token = generateSessionToken();
		createSession(db, token, {
			personId: 'demo-citizen-anna',
			kind: 'citizen',
			authMethod: 'demo'
		});
		expect(validateSessionToken(db, token).person?.id).toBe('demo-citizen-anna');
		await admin(db).grant({
			municipalityId: 'riga',
			personalCode: '150385-12346',
			givenName: 'Anna',
			surname: 'Bērziņa',
			role: 'officer',
			service: null
		});
		expect(validateSessionToken(db, token).person).toBeNull();
		expect(JSON.parse(String(auditRows(db, 'role.grant')[0]?.details))).toMatchObject({
			role: 'officer',
			sessionsEnded: 1
		});
	});

	it('a revocation ends the person’s existing sessions too, and is audited', async () => {
		const db = freshDb();
		const { id } = await admin(db).grant({
			municipalityId: 'riga',
			...NEW_OFFICER,
			role: 'officer',
			service: null
		});
		const person = db.$client
			.prepare('select id from person where personal_code = ?')
			.get(NEW_OFFICER.personalCode) as { id: string };
		const token = generateSessionToken();
		createSession(db, token, { personId: person.id, kind: 'staff', authMethod: 'demo' });
		await admin(db).revoke({ municipalityId: 'riga', roleId: id });
		expect(validateSessionToken(db, token).person).toBeNull();
		expect(JSON.parse(String(auditRows(db, 'role.revoke')[0]?.details))).toMatchObject({
			sessionsEnded: 1
		});
	});
});

describe('the platform operator adds municipalities and appoints their admins', () => {
	const CESIS = {
		id: 'cesis',
		atvk: '0420201',
		nameLv: 'Cēsu novads',
		nameEn: 'Cēsis Municipality',
		nameLvGenitive: 'Cēsu novada',
		nameLvLocative: 'Cēsu novadā',
		officialNameLv: 'Cēsu novada pašvaldība',
		registrationPrefix: 'CESIS'
	};

	it('onboards a municipality with data alone and appoints its first admin', async () => {
		const db = freshDb();
		const operator = callerFor(db, 'demo-operator').platform;
		await operator.addMunicipality(CESIS);
		expect((await operator.municipalities()).map((m) => m.id)).toContain('cesis');
		const { id } = await operator.appointAdmin({ municipalityId: 'cesis', ...NEW_OFFICER });
		const person = db.$client
			.prepare('select id from person where personal_code = ?')
			.get(NEW_OFFICER.personalCode) as { id: string };
		// The new admin can now staff their municipality.
		await callerFor(db, person.id).admin.grant({
			municipalityId: 'cesis',
			personalCode: '150385-12346',
			givenName: 'x',
			surname: 'y',
			role: 'officer',
			service: null
		});
		expect(auditRows(db, 'municipality.add')).toHaveLength(1);
		expect(auditRows(db, 'role.grant').map((r) => r.municipality_id)).toEqual(['cesis', 'cesis']);
		await operator.removeAdmin({ municipalityId: 'cesis', roleId: id });
		await expect(
			callerFor(db, person.id).admin.staff({ municipalityId: 'cesis' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('refuses a municipality whose id, ATVK code or prefix is taken, and non-operators', async () => {
		const db = freshDb();
		const operator = callerFor(db, 'demo-operator').platform;
		await expect(operator.addMunicipality({ ...CESIS, id: 'riga' })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await expect(
			callerFor(db, 'demo-admin-riga').platform.addMunicipality(CESIS)
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(operator.addMunicipality({ ...CESIS, atvk: '42' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		expect(count(db, "select count(*) n from municipality where id = 'cesis'")).toBe(0);
	});
});
