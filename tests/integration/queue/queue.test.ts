import { describe, expect, it } from 'vitest';
import { status as dueStatus } from '../../../src/lib/domain/calendar';
import { addDays } from '../../../src/lib/domain/calendar/dates';
import { soonUntil } from '../../../server/queue/queue.service';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from './queue-world';
import { submitEnrolment } from './submit-helper';

// Tuesday 10 March 2026, 10:00 in Riga.
const NOW = Date.parse('2026-03-10T08:00:00Z');
const officer = (db: ReturnType<typeof freshDb>, who = 'demo-officer-riga') =>
	callerFor(db, who, () => NOW).office;
const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe('the queue', () => {
	it('lists only its municipality’s submitted applications, in receipt order', async () => {
		const db = freshDb();
		const a = insertQueued(db);
		const b = insertQueued(db);
		insertQueued(db, { municipalityId: 'liepaja' });
		insertQueued(db, { status: 'draft' });
		const page = await officer(db).queue({ municipalityId: 'riga' });
		expect(ids(page)).toEqual([a, b]);
		expect(page.total).toBe(2);
		expect(page.counts).toEqual({ submitted: 2 });
	});

	it('keeps another e-service’s applications from an officer without a role for it', async () => {
		const db = freshDb();
		const enrolment = insertQueued(db);
		insertQueued(db, { service: 'advertising-permit', data: {} });
		db.$client.exec(
			"insert into role_assignment (id, person_id, role, municipality_id, service, created_at) values ('r-x', 'demo-citizen-janis', 'officer', 'riga', 'education-enrolment', 0)"
		);
		const narrow = officer(db, 'demo-citizen-janis');
		expect(ids(await narrow.queue({ municipalityId: 'riga' }))).toEqual([enrolment]);
		await expect(
			narrow.queue({ municipalityId: 'riga', service: 'advertising-permit' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(officer(db).queue({ municipalityId: 'liepaja' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});

	it('filters by status and counts every status for the other filters', async () => {
		const db = freshDb();
		insertQueued(db, { status: 'submitted' });
		const review = insertQueued(db, { status: 'in_review' });
		insertQueued(db, { status: 'in_review', municipalityId: 'liepaja' });
		const page = await officer(db).queue({ municipalityId: 'riga', status: ['in_review'] });
		expect(ids(page)).toEqual([review]);
		expect(page.total).toBe(1);
		expect(page.counts).toEqual({ submitted: 1, in_review: 1 });
	});

	it('filters by service, institution and priority ground through the facets', async () => {
		const db = freshDb();
		const zilite = insertQueued(db, {
			data: { institutionChoices: ['riga-saulite', 'riga-zilite'], priorityGrounds: ['sibling'] }
		});
		insertQueued(db, { data: { institutionChoices: ['riga-saulite'] } });
		const permit = insertQueued(db, {
			service: 'advertising-permit',
			data: { permitKind: 'sign' }
		});
		const q = officer(db);
		expect(ids(await q.queue({ municipalityId: 'riga', institution: 'riga-zilite' }))).toEqual([
			zilite
		]);
		expect(ids(await q.queue({ municipalityId: 'riga', priorityGround: 'sibling' }))).toEqual([
			zilite
		]);
		expect(ids(await q.queue({ municipalityId: 'riga', service: 'advertising-permit' }))).toEqual([
			permit
		]);
	});

	it('filters by the Latvian day of receipt, both ends included', async () => {
		const db = freshDb();
		// 23:30 on 1 March in Riga is still 1 March; 00:30 on 3 March is 3 March.
		const first = insertQueued(db, { submittedAt: Date.parse('2026-03-01T21:30:00Z') });
		const second = insertQueued(db, { submittedAt: Date.parse('2026-03-02T21:30:00Z') });
		const third = insertQueued(db, { submittedAt: Date.parse('2026-03-02T22:30:00Z') });
		const q = officer(db);
		expect(
			ids(
				await q.queue({
					municipalityId: 'riga',
					submittedFrom: '2026-03-02',
					submittedTo: '2026-03-02'
				})
			)
		).toEqual([second]);
		expect(ids(await q.queue({ municipalityId: 'riga', submittedTo: '2026-03-01' }))).toEqual([
			first
		]);
		expect(ids(await q.queue({ municipalityId: 'riga', submittedFrom: '2026-03-03' }))).toEqual([
			third
		]);
		await expect(
			q.queue({ municipalityId: 'riga', submittedFrom: '2026-03-05', submittedTo: '2026-03-01' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('filters by assignee: me, a colleague, nobody', async () => {
		const db = freshDb();
		const mine = insertQueued(db, { assigneeId: 'demo-officer-riga' });
		const theirs = insertQueued(db, { assigneeId: 'demo-inspector-riga' });
		const nobodys = insertQueued(db);
		const q = officer(db);
		expect(ids(await q.queue({ municipalityId: 'riga', assignee: 'me' }))).toEqual([mine]);
		expect(ids(await q.queue({ municipalityId: 'riga', assignee: 'demo-inspector-riga' }))).toEqual(
			[theirs]
		);
		expect(ids(await q.queue({ municipalityId: 'riga', assignee: 'none' }))).toEqual([nobodys]);
		const page = await q.queue({ municipalityId: 'riga', assignee: 'me' });
		expect(page.rows[0]?.assigneeName).toBe('Ilze Krūmiņa');
	});

	it('finds overdue and due-soon (two working days) open applications', async () => {
		const db = freshDb();
		const overdue = insertQueued(db, { dueOn: '2026-03-09' });
		const today = insertQueued(db, { dueOn: '2026-03-10' });
		const soon = insertQueued(db, { dueOn: '2026-03-12' });
		insertQueued(db, { dueOn: '2026-03-13' });
		insertQueued(db, { dueOn: null });
		insertQueued(db, { dueOn: '2026-03-01', status: 'approved', decidedAt: NOW - 1 });
		const q = officer(db);
		expect(ids(await q.queue({ municipalityId: 'riga', due: 'overdue' }))).toEqual([overdue]);
		const dueSoon = await q.queue({ municipalityId: 'riga', due: 'dueSoon' });
		expect(ids(dueSoon)).toEqual([today, soon]);
		expect(dueSoon.rows.map((r) => r.dueStatus)).toEqual(['dueSoon', 'dueSoon']);
		const all = await q.queue({ municipalityId: 'riga', sort: 'due' });
		expect(all.rows.map((r) => r.dueOn)).toEqual([
			'2026-03-01',
			'2026-03-09',
			'2026-03-10',
			'2026-03-12',
			'2026-03-13',
			null
		]);
		expect(all.rows[0]?.dueStatus).toBeNull();
	});

	it('due soon in SQL agrees with the calendar’s status, day by day across holidays', () => {
		for (let d = 0; d < 400; d += 1) {
			const today = addDays('2026-01-01', d);
			const limit = soonUntil(today);
			for (let k = 0; k < 12; k += 1) {
				const due = addDays(today, k);
				expect(due <= limit, `${today} → ${due}`).toBe(dueStatus(due, today, 2) === 'dueSoon');
			}
		}
	});

	it('searches by name with or without diacritics, personal code and registration number', async () => {
		const db = freshDb();
		const elza = insertQueued(db);
		const other = insertQueued(db, {
			applicantId: 'demo-citizen-janis',
			data: { childGivenName: 'Pauls', childSurname: 'Ozols', childPersonalCode: '010120-20008' }
		});
		const q = (text: string) => officer(db).queue({ municipalityId: 'riga', q: text });
		expect(ids(await q('liepiņa'))).toEqual([elza]);
		expect(ids(await q('LIEPINA'))).toEqual([elza]);
		expect(ids(await q('liep'))).toEqual([elza]);
		expect(ids(await q('elza liep'))).toEqual([elza]);
		expect(ids(await q('elza ozols'))).toEqual([]);
		expect(ids(await q('010120-20008'))).toEqual([other]);
		expect(ids(await q('01012020008'))).toEqual([other]);
		// the applicant's own personal code (demo citizen Anna)
		expect(ids(await q('150385-12346'))).toEqual([elza]);
		const reg = (await q('ozols')).rows[0]?.registrationNumber ?? '';
		expect(ids(await q(reg))).toEqual([other]);
		// Quotes and punctuation are not part of words: '%' is no wildcard, it is ignored.
		expect(ids(await q('„Liepiņa“'))).toEqual([elza]);
		expect(ids(await q('«elza», (liep)'))).toEqual([elza]);
		expect(ids(await q('%')).sort()).toEqual(ids(await q('')).sort());
	});

	it('finds an application submitted through sync by the child’s personal code', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga', { fields: { childSurname: 'Ābele' } });
		const page = await officer(db).queue({ municipalityId: 'riga', q: 'abele' });
		expect(ids(page)).toEqual([id]);
		expect(page.rows[0]?.summary).toContain('Ābele');
	});

	it('pages by 50 in a stable order, even with equal receipt times', async () => {
		const db = freshDb();
		const at = Date.parse('2026-03-03T08:00:00Z');
		const made = Array.from({ length: 120 }, (_, i) =>
			insertQueued(db, { submittedAt: at + (i % 7) })
		);
		const seen: string[] = [];
		for (const pageNo of [1, 2, 3]) {
			const page = await officer(db).queue({ municipalityId: 'riga', page: pageNo });
			expect(page.total).toBe(120);
			seen.push(...ids(page));
		}
		expect(seen).toHaveLength(120);
		expect(new Set(seen)).toEqual(new Set(made));
		const again = await officer(db).queue({ municipalityId: 'riga', page: 2 });
		expect(ids(again)).toEqual(seen.slice(50, 100));
		expect(ids(await officer(db).queue({ municipalityId: 'riga', page: 4 }))).toEqual([]);
	});

	it('refuses bad input with a 400 and its issues', async () => {
		const db = freshDb();
		const q = officer(db);
		const bads: Record<string, unknown>[] = [
			{ status: ['draft'] },
			{ status: ['nonsense'] },
			{ submittedFrom: '2026-02-30' },
			{ page: 0 },
			{ sort: 'name' },
			{ q: 'x'.repeat(81) }
		];
		for (const bad of bads) {
			// Deliberately outside the input type: the server must refuse it, not crash.
			await expect(q.queue({ municipalityId: 'riga', ...bad })).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		}
	});
});
