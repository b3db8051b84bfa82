import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dueDate } from '../../../src/lib/domain/calendar';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { callerFor, count, freshDb } from '../harness';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';

const DAY = 86_400_000;

function push(
	db: ReturnType<typeof freshDb>,
	person: string,
	now: number,
	name: string,
	args: object
) {
	return callerFor(db, person, () => now).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [{ id: 1, name, args: args }]
	});
}

describe('the applicant answers a request for more information (sync mutation)', () => {
	it('returns the application to the officer, restarts the clock, and refuses a second answer or another person', async () => {
		const db = freshDb();
		let now = Date.parse('2026-11-02T08:00:00Z');
		const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
		const sent = await callerFor(db, 'demo-citizen-anna', () => now).sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations
		});
		expect(sent.results.every((r) => r.status === 'applied')).toBe(true);
		const officer = callerFor(db, 'demo-officer-riga', () => now);
		const at = { municipalityId: 'riga', id };
		const before = await officer.applications.state(at);
		now += DAY;
		const { requestId } = await officer.applications.requestInformation({
			...at,
			baseVersion: before.version,
			question: 'Kur bērns dzīvo?'
		});

		// The applicant has a notice of it (emailed when mail is on and an address is known).
		expect(
			count(
				db,
				"SELECT count(*) AS n FROM notification WHERE person_id = ? AND kind = 'information-requested' AND application_id = ?",
				'demo-citizen-anna',
				id
			)
		).toBe(1);

		// The applicant's device pulls the request with the application.
		const pulled = await callerFor(db, 'demo-citizen-anna', () => now).sync.pull({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			cookie: null
		});
		const view = pulled.patch.find((p) => p.id === id)?.data;
		expect(view?.status).toBe('information_requested');
		expect(view?.requests?.map((r) => [r.id, r.question, r.answeredAt])).toEqual([
			[requestId, 'Kur bērns dzīvo?', null]
		]);

		const answer = {
			applicationId: id,
			municipalityId: 'riga',
			requestId,
			answer: 'Rīgā, Brīvības ielā 1.'
		};
		// Someone else cannot answer it, nor name a file that is not this application's.
		const stranger = await push(db, 'demo-citizen-janis', now, 'information.answer', answer);
		expect(stranger.results[0]).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });
		const foreignFile = await push(db, 'demo-citizen-anna', now, 'information.answer', {
			...answer,
			attachmentIds: [randomUUID()]
		});
		expect(foreignFile.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'INVALID' }
		});
		const empty = await push(db, 'demo-citizen-anna', now, 'information.answer', {
			...answer,
			answer: '  '
		});
		expect(empty.results[0]).toMatchObject({ status: 'rejected' });

		now += 3 * DAY;
		const ok = await push(db, 'demo-citizen-anna', now, 'information.answer', answer);
		expect(ok.results[0]?.status).toBe('applied');
		const after = await officer.applications.state(at);
		expect(after.status).toBe('information_provided');
		expect(after.paused).toBe(false);
		// The term counts from receipt (2 November) with the days the request waited (asked on
		// the 3rd, answered on the 6th) left out, as the calendar counts them.
		expect(after.dueOn).toBe(
			dueDate({
				receivedOn: '2026-11-02',
				term: { months: 1 },
				pauses: [{ from: '2026-11-03', to: '2026-11-06' }]
			})
		);
		expect(after.dueOn! > before.dueOn!).toBe(true);
		const history = await officer.applications.timeline(at);
		const request = history.find((e) => e.kind === 'request');
		expect(request?.kind === 'request' && request.answer).toBe('Rīgā, Brīvības ielā 1.');
		expect(
			history.some(
				(e) => e.kind === 'transition' && e.action === 'provideInformation' && e.role === 'citizen'
			)
		).toBe(true);

		const again = await push(db, 'demo-citizen-anna', now, 'information.answer', answer);
		expect(again.results[0]).toMatchObject({ status: 'rejected', error: { code: 'STALE_STATE' } });
	});
});
