import { issuesOfError } from '../../../src/lib/domain/issues';
import { describe, expect, it } from 'vitest';
import { callerFor, count, freshDb } from '../harness';
import { insertQueued } from './queue-world';

const NOW = Date.parse('2026-03-10T08:00:00Z');
const office = (db: ReturnType<typeof freshDb>, who = 'demo-officer-riga') =>
	callerFor(db, who, () => NOW).office;
const assigneeOf = (db: ReturnType<typeof freshDb>, id: string) =>
	(
		db.$client.prepare('select assignee_id a from application where id = ?').get(id) as {
			a: string | null;
		}
	).a;

function grantOfficer(db: ReturnType<typeof freshDb>, personId: string, service: string | null) {
	db.$client
		.prepare(
			"insert into role_assignment (id, person_id, role, municipality_id, service, created_at) values (?, ?, 'officer', 'riga', ?, 0)"
		)
		.run(`r-${personId}-${service}`, personId, service);
}

describe('assigning applications', () => {
	it('to me, then to nobody, each audited; the count of "mine" follows', async () => {
		const db = freshDb();
		const id = insertQueued(db);
		const q = office(db);
		expect(await q.assign({ municipalityId: 'riga', id, to: 'me' })).toEqual({ assigned: 1 });
		expect(assigneeOf(db, id)).toBe('demo-officer-riga');
		expect((await q.queue({ municipalityId: 'riga', assignee: 'me' })).total).toBe(1);
		// Assigning again to the same person changes nothing and audits nothing.
		expect(await q.assign({ municipalityId: 'riga', id, to: 'me' })).toEqual({ assigned: 0 });
		await q.assign({ municipalityId: 'riga', id, to: 'none' });
		expect(assigneeOf(db, id)).toBeNull();
		expect(
			count(db, "select count(*) n from audit_event where action = 'application.assign'")
		).toBe(2);
	});

	it('to a colleague who is an officer here for that e-service, and only then', async () => {
		const db = freshDb();
		const id = insertQueued(db);
		grantOfficer(db, 'demo-citizen-janis', 'advertising-permit');
		const q = office(db);
		const refused = q.assign({ municipalityId: 'riga', id, to: 'demo-citizen-janis' });
		await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(refused).rejects.toThrow(/queue\.assigneeNotOfficer/);
		// Liepāja's officer holds no role in Rīga.
		await expect(
			q.assign({ municipalityId: 'riga', id, to: 'demo-officer-liepaja' })
		).rejects.toThrow(/queue\.assigneeNotOfficer/);
		grantOfficer(db, 'demo-citizen-janis', 'education-enrolment');
		await q.assign({ municipalityId: 'riga', id, to: 'demo-citizen-janis' });
		expect(assigneeOf(db, id)).toBe('demo-citizen-janis');
		const names = await q.colleagues({ municipalityId: 'riga', service: 'education-enrolment' });
		expect(names.map((c) => c.id).sort()).toEqual(['demo-citizen-janis', 'demo-officer-riga']);
		const permitOfficers = await q.colleagues({
			municipalityId: 'riga',
			service: 'advertising-permit'
		});
		expect(permitOfficers.map((c) => c.id).sort()).toEqual([
			'demo-citizen-janis',
			'demo-officer-riga'
		]);
	});

	it('in bulk, all or nothing: one application out of scope refuses the batch', async () => {
		const db = freshDb();
		const a = insertQueued(db);
		const b = insertQueued(db);
		const foreign = insertQueued(db, { municipalityId: 'liepaja' });
		const q = office(db);
		const refused = q.bulkAssign({ municipalityId: 'riga', ids: [a, foreign, b], to: 'me' });
		await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND' });
		// The refusal names the one out of scope (an issue with its id as the path).
		await expect(
			refused.catch((e: unknown) => issuesOfError(e).map((i) => i.path))
		).resolves.toEqual([foreign]);
		expect([assigneeOf(db, a), assigneeOf(db, b)]).toEqual([null, null]);
		expect(await q.bulkAssign({ municipalityId: 'riga', ids: [a, b, a], to: 'me' })).toEqual({
			assigned: 2
		});
		expect([assigneeOf(db, a), assigneeOf(db, b)]).toEqual([
			'demo-officer-riga',
			'demo-officer-riga'
		]);
	});

	it('never reaches a draft or another municipality’s application', async () => {
		const db = freshDb();
		const draft = insertQueued(db, { status: 'draft' });
		const foreign = insertQueued(db, { municipalityId: 'liepaja' });
		const q = office(db);
		for (const id of [draft, foreign]) {
			await expect(q.assign({ municipalityId: 'riga', id, to: 'me' })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
		await expect(
			q.assign({ municipalityId: 'liepaja', id: foreign, to: 'me' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(assigneeOf(db, foreign)).toBeNull();
	});
});
