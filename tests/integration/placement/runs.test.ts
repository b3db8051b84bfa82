import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { placementCapacity } from '../../../server/db/schema/placement';
import { count } from '../harness';
import { fileDb, officerAt, queuedChild, roundOf, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };
const SAULITE = 'riga-saulite-preschool-lv-2027';
const ZILITE = 'riga-zilite-preschool-lv-2027';

describe('a main round (issue 16, slice 2)', () => {
	it('commits to the seed before running, places by deferred acceptance, verifies and publishes offers', async () => {
		// Three children want Saulīte (2 seats) first and Zīlīte second; registration time decides.
		const [first, second, third] = [
			queuedChild(db, ['saulite', 'zilite']),
			queuedChild(db, ['saulite', 'zilite']),
			queuedChild(db, ['saulite', 'zilite'])
		];
		const officer = officerAt(db, T0);
		const prepared = await officer.placement.prepareRun({
			...riga,
			service: 'education-enrolment',
			intake: 'preschool',
			kind: 'main'
		});
		// The hash is shown before the run; the seed is not.
		expect(prepared).toMatchObject({ status: 'prepared', seed: null, applicants: 3, placed: 0 });
		expect(prepared.seedHash).toMatch(/^[0-9a-f]{64}$/);

		const run = await officer.placement.executeRun({ ...riga, runId: prepared.id });
		expect(run.status).toBe('verified');
		expect(run.report).toMatchObject({
			ok: true,
			blockingPairs: [],
			wastedSeats: [],
			problems: []
		});
		expect(run.placed).toBe(3);

		expect(await officer.placement.publish({ ...riga, runId: run.id })).toEqual({ offered: 3 });
		const published = await officer.placement.run({ ...riga, runId: run.id });
		expect(published.status).toBe('published');
		// The seed revealed with the published run is the one whose hash was shown before.
		expect(
			createHash('sha256')
				.update(Buffer.from(published.seed ?? '', 'hex'))
				.digest('hex')
		).toBe(prepared.seedHash);

		const offersOf = async (id: string) =>
			(await officer.placement.application({ ...riga, applicationId: id })).offers;
		expect((await offersOf(first))[0]).toMatchObject({ programmeId: SAULITE, status: 'offered' });
		expect((await offersOf(second))[0]).toMatchObject({ programmeId: SAULITE, status: 'offered' });
		expect((await offersOf(third))[0]).toMatchObject({ programmeId: ZILITE, status: 'offered' });
		// The offer names the deadline: 10 working days after Monday 7 December 2026.
		expect((await offersOf(first))[0]?.deadlineDay).toBe('2026-12-21');

		const state = await officer.applications.state({ ...riga, id: first });
		expect(state.status).toBe('offered');
		// The family hears of it, with the offer in words (the notice and its email).
		const notice = db.$client
			.prepare(
				"SELECT payload FROM notification WHERE application_id = ? AND kind = 'status-changed'"
			)
			.get(first) as { payload: string };
		expect((JSON.parse(notice.payload) as { reason?: string }).reason).toBe(
			'Piedāvāta vieta: Demo PII “Saulīte”, grupa/klase “Mārītes (3–4 gadi)”, mācību valoda – ' +
				'latviešu, sākums – 2027. gada 1. septembris. Atbildes termiņš – 2026. gada 21. decembris ' +
				'(ieskaitot).'
		);
		// Free seats count the open offers as held.
		const programmes = await officer.placement.programmes(riga);
		expect(programmes.find((p) => p.id === SAULITE)).toMatchObject({ held: 2, free: 0 });
		await expect(officer.placement.publish({ ...riga, runId: run.id })).rejects.toMatchObject({
			message: 'placement.run.alreadyPublished'
		});
	});

	it('puts a priority group ahead of an earlier registration', async () => {
		queuedChild(db, ['saulite']);
		queuedChild(db, ['saulite']);
		const late = queuedChild(db, ['saulite'], { grounds: ['declaredResidence'] });
		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		const offers = (await officerAt(db, T0).placement.application({ ...riga, applicationId: late }))
			.offers;
		expect(offers[0]?.programmeId).toBe(SAULITE);
	});

	it('replays a run from its snapshot byte for byte', async () => {
		for (let i = 0; i < 6; i += 1) {
			queuedChild(db, i % 2 === 0 ? ['saulite', 'zilite'] : ['zilite', 'saulite']);
		}
		const { run } = await roundOf(db, T0);
		expect(await officerAt(db, T0).placement.replay({ ...riga, runId: run.id })).toEqual({
			identical: true,
			seedHashMatches: true
		});
	});

	it('stops a run over bad data before publishing, saying why, and changes nothing', async () => {
		queuedChild(db, ['saulite']);
		// A zero capacity slipped in (the form refuses it; old data or a direct import may not).
		db.insert(placementCapacity)
			.values({
				id: 'bad',
				municipalityId: 'riga',
				programmeId: ZILITE,
				validFrom: '2026-06-01',
				seats: 0,
				createdBy: null,
				createdAt: T0
			})
			.run();
		const { run } = await roundOf(db, T0);
		expect(run.status).toBe('failed');
		expect(run.report.problems).toEqual([
			{ code: 'placement.run.noCapacity', programmeId: ZILITE }
		]);
		await expect(
			officerAt(db, T0).placement.publish({ ...riga, runId: run.id })
		).rejects.toMatchObject({ code: 'CONFLICT', message: 'placement.run.failedChecks' });
		expect(count(db, 'SELECT count(*) AS n FROM placement_offer')).toBe(0);
		expect(count(db, "SELECT count(*) AS n FROM application WHERE status = 'in_queue'")).toBe(1);
	});

	it('keeps runs to their municipality', async () => {
		queuedChild(db, ['saulite']);
		const { run } = await roundOf(db, T0);
		const foreign = officerAt(db, T0);
		await expect(
			foreign.placement.run({ municipalityId: 'liepaja', runId: run.id })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const liepajaOfficer = (await import('../harness')).callerFor(
			db,
			'demo-officer-liepaja',
			() => T0
		);
		await expect(
			liepajaOfficer.placement.run({ municipalityId: 'liepaja', runId: run.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			liepajaOfficer.placement.publish({ municipalityId: 'liepaja', runId: run.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});

describe('a snapshot the engine cannot take (issue 16, bad data)', () => {
	it('stops before running, with the reasons, instead of placing anyone', async () => {
		const { runSnapshot } = await import('../../../server/placement/runs.service');
		const applicant = {
			id: 'a',
			choices: [SAULITE],
			skipped: [],
			groupRank: 0,
			bestGroup: null,
			groups: [],
			tie: 1
		};
		const ran = runSnapshot(
			{
				version: 1,
				service: 'education-enrolment',
				intake: 'preschool',
				kind: 'main',
				runDate: '2026-12-07',
				tieBreak: 'registration',
				programmes: [{ id: SAULITE, seats: 2 }],
				// The same child twice: a snapshot written by hand or a bug upstream.
				applicants: [applicant, applicant]
			},
			'ab'.repeat(32)
		);
		expect(ran.report.ok).toBe(false);
		expect(ran.problems.length).toBeGreaterThan(0);
		expect(JSON.parse(ran.result)).toEqual({ assignment: {}, cutoffs: {} });
	});
});
