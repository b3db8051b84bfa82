import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMonthsTerm } from '../../../src/lib/domain/calendar';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { callerFor, freshDb } from '../harness';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';

const DAY = 86_400_000;

async function submittedEnrolment(db: ReturnType<typeof freshDb>, now: number) {
	const { recordId, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
	const out = await callerFor(db, 'demo-citizen-anna', () => now).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	expect(out.results.every((r) => r.status === 'applied')).toBe(true);
	return recordId;
}

describe('the officer works an application through its workflow', () => {
	it('records each step with who and why, refuses a step the workflow does not allow, and keeps the due day', async () => {
		const db = freshDb();
		const t0 = Date.parse('2026-11-02T08:00:00Z');
		const id = await submittedEnrolment(db, t0);
		let now = t0 + 3_600_000;
		const officer = callerFor(db, 'demo-officer-riga', () => now);
		const at = { municipalityId: 'riga', id };

		// Received on Monday 2 November 2026: one month, so due on 2 December (a working day).
		const first = await officer.applications.state(at);
		expect(first.status).toBe('submitted');
		expect(first.dueOn).toBe(addMonthsTerm('2026-11-02', 1));
		expect(first.actions.map((a) => a.action)).toContain('startReview');

		// A step the workflow does not have from here is refused, saying why; nothing changes.
		await expect(
			officer.applications.transition({ ...at, action: 'offerPlace', baseVersion: first.version })
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'workflow.notFromState' });
		// One only a citizen takes, likewise; and one on a stale version.
		await expect(
			officer.applications.transition({ ...at, action: 'withdraw', baseVersion: first.version })
		).rejects.toMatchObject({ message: 'workflow.wrongRole' });
		await expect(
			officer.applications.transition({
				...at,
				action: 'startReview',
				baseVersion: first.version - 1
			})
		).rejects.toMatchObject({ code: 'CONFLICT', message: 'workflow.stale' });
		// Requests go through their own form, never as a bare step.
		await expect(
			officer.applications.transition({
				...at,
				action: 'requestInformation',
				baseVersion: first.version
			})
		).rejects.toMatchObject({ message: 'workflow.needsForm' });
		expect((await officer.applications.state(at)).version).toBe(first.version);

		const review = await officer.applications.transition({
			...at,
			action: 'startReview',
			baseVersion: first.version
		});
		expect(review.status).toBe('in_review');

		// Asking for more stops the clock: no due day while the request is open.
		now += 2 * DAY;
		const asked = await officer.applications.requestInformation({
			...at,
			baseVersion: review.version,
			question: 'Lūdzu, pievienojiet bāriņtiesas lēmuma kopiju.'
		});
		expect(asked.status).toBe('information_requested');
		expect(asked.dueOn).toBeNull();
		expect((await officer.applications.state(at)).paused).toBe(true);

		await officer.applications.addNote({ ...at, text: 'Zvanīju vecākam, dokuments būs rīt.' });
		const history = await officer.applications.timeline(at);
		expect(history.map((e) => (e.kind === 'transition' ? e.action : e.kind))).toEqual([
			'submit',
			'startReview',
			'requestInformation',
			'request',
			'note'
		]);
		const step = history.find((e) => e.kind === 'transition' && e.action === 'startReview');
		expect(step?.kind === 'transition' && step.role).toBe('officer');
		expect(step?.kind === 'transition' && step.actor).toMatch(/\S/);
	});
});

describe('the applicant hears of the steps their workflow marks', () => {
	it('is told when the child joins the queue and is offered a place, not when review starts', async () => {
		const db = freshDb();
		const now = Date.parse('2026-11-02T08:00:00Z');
		const id = await submittedEnrolment(db, now);
		const officer = callerFor(db, 'demo-officer-riga', () => now);
		const at = { municipalityId: 'riga', id };
		const kinds = () =>
			db.$client
				.prepare(
					"SELECT kind, payload FROM notification WHERE person_id = 'demo-citizen-anna' AND application_id = ? AND kind = 'status-changed' ORDER BY rowid"
				)
				.all(id) as { kind: string; payload: string }[];
		const before = kinds().length;
		expect(before).toBe(0);
		const { version } = await officer.applications.transition({
			...at,
			action: 'startReview',
			baseVersion: (await officer.applications.state(at)).version
		});
		expect(kinds()).toHaveLength(before);
		await officer.applications.transition({ ...at, action: 'addToQueue', baseVersion: version });
		// The place is offered by a published placement run (issue 16), no longer as a bare step.
		const run = await officer.placement.prepareRun({
			municipalityId: 'riga',
			service: 'education-enrolment',
			intake: 'preschool',
			kind: 'main'
		});
		await officer.placement.executeRun({ municipalityId: 'riga', runId: run.id });
		await officer.placement.publish({ municipalityId: 'riga', runId: run.id });
		const steps = kinds().slice(before);
		expect(steps.map((n) => n.kind)).toEqual(['status-changed', 'status-changed']);
		const offered = JSON.parse(steps[1]!.payload) as Record<string, unknown>;
		expect(offered.state).toEqual({ lv: 'Piedāvāta vieta', en: 'Place offered' });
		expect(offered.reason).toMatch(/^Piedāvāta vieta: Demo PII “Saulīte”, grupa\/klase “Mārītes/);
	});
});
