import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { placementTick } from '../../../server/placement/scheduler';
import { callerFor, count } from '../harness';
import { fileDb, officerAt, queuedChild, respond, roundOf, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };
const HOUR = 3_600_000;
const SAULITE = 'riga-saulite-preschool-lv-2027';

async function publishedRound(now: number) {
	const { run } = await roundOf(db, now);
	await officerAt(db, now).placement.publish({ ...riga, runId: run.id });
	return run;
}

const openOffer = async (id: string, now = T0) =>
	(await officerAt(db, now).placement.application({ ...riga, applicationId: id })).offers.at(-1);
const status = async (id: string, now = T0) =>
	(await officerAt(db, now).applications.state({ ...riga, id })).status;

describe('offers: offered → accepted | declined | expired (issue 16, slice 3)', () => {
	it('the family accepts in the app (a sync mutation); the step is recorded as theirs', async () => {
		const child = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		const offer = await openOffer(child);
		const push = await respond(
			db,
			'demo-citizen-anna',
			{ applicationId: child, offerId: offer!.id, answer: 'accept' },
			T0 + HOUR
		);
		expect(push.results[0]).toMatchObject({ status: 'applied' });
		expect(await openOffer(child)).toMatchObject({ status: 'accepted', respondedAt: T0 + HOUR });
		expect(await status(child)).toBe('accepted');
		// Answering again is refused with the reason; nothing changes.
		const again = await respond(
			db,
			'demo-citizen-anna',
			{ applicationId: child, offerId: offer!.id, answer: 'decline' },
			T0 + 2 * HOUR
		);
		expect(again.results[0]).toMatchObject({
			status: 'rejected',
			error: {
				code: 'STALE_STATE',
				issues: [{ path: 'answer', message: 'placement.offer.already.accepted' }]
			}
		});
	});

	it('counts the server’s receipt time against the deadline, not the device’s', async () => {
		const child = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		const offer = (await openOffer(child))!;
		const late = await respond(
			db,
			'demo-citizen-anna',
			{ applicationId: child, offerId: offer.id, answer: 'accept' },
			offer.deadline
		);
		expect(late.results[0]).toMatchObject({
			status: 'rejected',
			error: { issues: [{ path: 'answer', message: 'placement.offer.pastDeadline' }] }
		});
		expect(await status(child)).toBe('offered');
	});

	it('is answered only by the family: another person’s reply is refused as not found', async () => {
		const child = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		const offer = (await openOffer(child))!;
		const push = await respond(
			db,
			'demo-citizen-janis',
			{ applicationId: child, offerId: offer.id, answer: 'decline' },
			T0 + HOUR
		);
		expect(push.results[0]).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });
	});

	it('no longer offers or accepts a place as a bare step', async () => {
		const child = queuedChild(db, ['saulite']);
		const officer = officerAt(db, T0);
		const state = await officer.applications.state({ ...riga, id: child });
		expect(state.actions.map((a) => a.action)).not.toContain('offerPlace');
		await expect(
			officer.applications.transition({
				...riga,
				id: child,
				action: 'offerPlace',
				baseVersion: state.version
			})
		).rejects.toMatchObject({ message: 'workflow.onlyThroughPlacement' });
	});

	it('a decline frees the seat, and the next run offers it to the next child', async () => {
		const first = queuedChild(db, ['saulite']);
		const second = queuedChild(db, ['saulite']);
		const third = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		expect(await openOffer(third)).toBeUndefined();
		const offer = (await openOffer(first))!;
		await respond(
			db,
			'demo-citizen-anna',
			{ applicationId: first, offerId: offer.id, answer: 'decline' },
			T0 + HOUR
		);
		// The municipality's default rule: a declined offer ends the application.
		expect(await status(first)).toBe('declined');
		const programmes = await officerAt(db, T0 + HOUR).placement.programmes(riga);
		expect(programmes.find((p) => p.id === SAULITE)).toMatchObject({ held: 1, free: 1 });

		const next = T0 + 24 * HOUR;
		const { run } = await roundOf(db, next, 'second');
		expect(run).toMatchObject({ status: 'verified', applicants: 1, placed: 1 });
		await officerAt(db, next).placement.publish({ ...riga, runId: run.id });
		expect(await openOffer(third, next)).toMatchObject({ programmeId: SAULITE, status: 'offered' });
		expect(await status(second, next)).toBe('offered');
	});

	it('lapses an unanswered offer under the municipal rule: annul by default, or back to the queue', async () => {
		const annulled = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		const offer = (await openOffer(annulled))!;
		expect(placementTick(db, offer.deadline - 1).expired).toBe(0);
		expect(placementTick(db, offer.deadline).expired).toBe(1);
		expect(await openOffer(annulled)).toMatchObject({ status: 'expired' });
		expect(await status(annulled)).toBe('declined');

		await callerFor(db, 'demo-admin-riga', () => T0).placement.saveSettings({
			...riga,
			settings: { noResponse: 'keepInQueue' }
		});
		const kept = queuedChild(db, ['zilite']);
		const t1 = offer.deadline + HOUR;
		const { run } = await roundOf(db, t1, 'rolling');
		await officerAt(db, t1).placement.publish({ ...riga, runId: run.id });
		const second = (await openOffer(kept, t1))!;
		placementTick(db, second.deadline);
		expect(await status(kept, second.deadline)).toBe('in_queue');
	});

	it('reminds the family once before the deadline', async () => {
		const child = queuedChild(db, ['saulite']);
		await publishedRound(T0);
		const offer = (await openOffer(child))!;
		const reminders = () =>
			count(
				db,
				"SELECT count(*) AS n FROM notification WHERE application_id = ? AND payload LIKE '%atgādinājums%'",
				child
			);
		expect(placementTick(db, T0 + HOUR).reminded).toBe(0);
		// Two days before the deadline (the default), and only once.
		const due = offer.deadline - 2 * 24 * HOUR;
		expect(placementTick(db, due).reminded).toBe(1);
		expect(placementTick(db, due + HOUR).reminded).toBe(0);
		expect(reminders()).toBe(1);
	});
});
