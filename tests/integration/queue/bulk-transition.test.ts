import { describe, expect, it } from 'vitest';
import { issuesOfError } from '../../../src/lib/domain/issues';
import { callerFor, count, freshDb } from '../harness';
import { insertQueued } from './queue-world';

const NOW = Date.parse('2026-03-10T08:00:00Z');
type Db = ReturnType<typeof freshDb>;
const office = (db: Db, who = 'demo-officer-riga') => callerFor(db, who, () => NOW).office;
const statusOf = (db: Db, id: string) =>
	db.$client.prepare('select status, version from application where id = ?').get(id) as {
		status: string;
		version: number;
	};
const events = (db: Db, id: string) =>
	count(db, 'select count(*) n from application_event where application_id = ?', id);

/** The refusal list the procedure sends back as issues (one per application). */
async function refusalsOf(call: Promise<unknown>) {
	try {
		await call;
	} catch (e) {
		const err = e as { code: string };
		const list = issuesOfError(e).map((i) => ({ id: i.path, reason: i.message }));
		return { code: err.code, list };
	}
	throw new Error('the batch was not refused');
}

describe('bulk status change', () => {
	it('starts review of several applications at once, each with its history and version', async () => {
		const db = freshDb();
		const a = insertQueued(db);
		const b = insertQueued(db, { service: 'advertising-permit', data: {} });
		const before = statusOf(db, a).version;
		const out = await office(db).bulkTransition({
			municipalityId: 'riga',
			ids: [a, b, a],
			action: 'startReview',
			reason: 'Rīta partija'
		});
		expect(out.changed).toBe(2);
		expect(statusOf(db, a)).toEqual({ status: 'in_review', version: before + 1 });
		expect(statusOf(db, b).status).toBe('in_review');
		expect(events(db, a)).toBe(1);
		const reason = db.$client
			.prepare('select reason from application_event where application_id = ?')
			.get(b) as { reason: string };
		expect(reason.reason).toBe('Rīta partija');
		// The queue now counts them under the new status.
		const page = await office(db).queue({ municipalityId: 'riga' });
		expect(page.counts['in_review']).toBe(2);
	});

	it('refuses the whole batch, naming which and why, when one may not take the step', async () => {
		const db = freshDb();
		const ok = insertQueued(db);
		const wrong = insertQueued(db, { status: 'in_review' });
		const { code, list } = await refusalsOf(
			office(db).bulkTransition({ municipalityId: 'riga', ids: [ok, wrong], action: 'startReview' })
		);
		expect(code).toBe('BAD_REQUEST');
		expect(list).toEqual([expect.objectContaining({ id: wrong, reason: 'workflow.notFromState' })]);
		expect(statusOf(db, ok).status).toBe('submitted');
		expect(events(db, ok)).toBe(0);
	});

	it('refuses steps that need their own form and steps the citizen takes', async () => {
		const db = freshDb();
		const a = insertQueued(db, { status: 'in_review' });
		for (const [action, reason] of [
			['refuse', 'workflow.needsForm'],
			['requestInformation', 'workflow.needsForm'],
			['withdraw', 'workflow.wrongRole'],
			['fly', 'workflow.unknownAction']
		] as const) {
			const { list } = await refusalsOf(
				office(db).bulkTransition({ municipalityId: 'riga', ids: [a], action })
			);
			expect(list).toEqual([expect.objectContaining({ id: a, reason })]);
		}
		expect(statusOf(db, a).status).toBe('in_review');
	});

	it('refuses the batch when one is another municipality’s or another e-service’s', async () => {
		const db = freshDb();
		const a = insertQueued(db);
		const foreign = insertQueued(db, { municipalityId: 'liepaja' });
		const permit = insertQueued(db, { service: 'advertising-permit', data: {} });
		const refused = await refusalsOf(
			office(db).bulkTransition({
				municipalityId: 'riga',
				ids: [a, foreign],
				action: 'startReview'
			})
		);
		expect(refused).toEqual({
			code: 'NOT_FOUND',
			list: [expect.objectContaining({ id: foreign })]
		});
		// An officer for enrolments only does not reach the permit application.
		db.$client
			.prepare(
				"insert into role_assignment (id, person_id, role, municipality_id, service, created_at) values ('r1', 'demo-citizen-janis', 'officer', 'riga', 'education-enrolment', 0)"
			)
			.run();
		const narrow = await refusalsOf(
			office(db, 'demo-citizen-janis').bulkTransition({
				municipalityId: 'riga',
				ids: [a, permit],
				action: 'startReview'
			})
		);
		expect(narrow.code).toBe('NOT_FOUND');
		expect(narrow.list.map((r) => r.id)).toEqual([permit]);
		expect([a, foreign, permit].map((id) => statusOf(db, id).status)).toEqual([
			'submitted',
			'submitted',
			'submitted'
		]);
	});

	it('rejects bad input with 400: no ids, too many, a malformed action', async () => {
		const db = freshDb();
		const q = office(db);
		const ids = Array.from({ length: 201 }, () => insertQueued(db));
		for (const input of [
			{ ids: [], action: 'startReview' },
			{ ids, action: 'startReview' },
			{ ids: [ids[0]], action: 'DROP TABLE' }
		]) {
			await expect(
				q.bulkTransition({ municipalityId: 'riga', ...input } as never)
			).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		}
		// 200 is allowed, in one transaction.
		const out = await q.bulkTransition({
			municipalityId: 'riga',
			ids: ids.slice(0, 200),
			action: 'startReview'
		});
		expect(out.changed).toBe(200);
	});

	it('lists on each queue row the steps the queue can take on it', async () => {
		const db = freshDb();
		insertQueued(db);
		insertQueued(db, { status: 'in_review' });
		const page = await office(db).queue({ municipalityId: 'riga', sort: 'status' });
		const byStatus = Object.fromEntries(page.rows.map((r) => [r.status, r.bulkActions]));
		expect(byStatus['submitted']).toEqual(['startReview']);
		// From review: the queue offers adding to the waiting list, not the decisions.
		expect(byStatus['in_review']).toContain('addToQueue');
		expect(byStatus['in_review']).not.toContain('refuse');
		expect(byStatus['in_review']).not.toContain('requestInformation');
	});
});
