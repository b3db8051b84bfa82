import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { callerFor, count } from '../harness';
import { fileDb, officerAt, queuedChild, roundOf, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };

describe('explanations and open data (issue 16, slice 4)', () => {
	it('tells the family per choice: group with evidence, live rank, cut-off, and why no offer', async () => {
		queuedChild(db, ['saulite']);
		queuedChild(db, ['saulite']);
		const mine = queuedChild(db, ['saulite', 'zilite'], { applicantId: 'demo-citizen-janis' });
		const priority = queuedChild(db, ['zilite'], { grounds: ['declaredResidence'] });
		const before = await callerFor(db, 'demo-citizen-janis', () => T0).placement.mine({
			...riga,
			applicationId: mine
		});
		expect(before.choices.map((c) => [c.institutionId, c.liveRank, c.queueSize])).toEqual([
			['riga-saulite', 2, 3],
			['riga-zilite', 1, 2]
		]);
		expect(before.choices[0]?.outcome).toBeNull();
		const other = await callerFor(db, 'demo-citizen-anna', () => T0).placement.mine({
			...riga,
			applicationId: priority
		});
		expect(other.choices[0]?.group).toMatchObject({ group: 'declaredResidence', source: 'claim' });
		expect(other.groups.find((g) => g.value === 'declaredResidence')?.label.lv).toMatch(/\S/);

		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		const after = await callerFor(db, 'demo-citizen-janis', () => T0).placement.mine({
			...riga,
			applicationId: mine
		});
		// Saulīte's two seats went to earlier registrations; Zīlīte offered the place.
		expect(after.choices[0]?.outcome).toMatchObject({ kind: 'full', seats: 2 });
		const full = after.choices[0]?.outcome;
		if (full?.kind === 'full') {
			expect(full.cutoff).not.toBeNull();
			// The engine's key: [group, application window, registration instant, seeded fallback].
			expect(full.key.slice(0, 2)).toEqual(full.cutoff?.slice(0, 2));
			expect(full.key[2]).toBeGreaterThan(full.cutoff?.[2] ?? Infinity);
		}
		expect(after.choices[1]?.outcome).toEqual({ kind: 'offered' });
		expect(after.offers).toHaveLength(1);
		// Another family's application is not theirs to read.
		await expect(
			callerFor(db, 'demo-citizen-anna', () => T0).placement.mine({ ...riga, applicationId: mine })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('a commission decision lifts the child above every group in the next run, audited with its reason', async () => {
		queuedChild(db, ['saulite']);
		queuedChild(db, ['saulite']);
		const late = queuedChild(db, ['saulite']);
		await officerAt(db, T0).placement.recordCase({
			...riga,
			applicationId: late,
			kind: 'commission',
			fact: 'commission',
			value: 'grant',
			reason: 'Sociālā dienesta atzinums, komisijas lēmums Nr. 7'
		});
		expect(count(db, "SELECT count(*) AS n FROM audit_event WHERE action = 'placement.case'")).toBe(
			1
		);
		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		const view = await officerAt(db, T0).placement.application({ ...riga, applicationId: late });
		expect(view.offers[0]?.status).toBe('offered');
		expect(view.choices[0]?.group).toMatchObject({ group: 'commission', source: 'commission' });
	});

	it('gives anonymised cut-offs per run and queue sizes by group for open data', async () => {
		const children = [
			queuedChild(db, ['saulite']),
			queuedChild(db, ['saulite']),
			queuedChild(db, ['saulite'], { grounds: ['declaredResidence'] })
		];
		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		children.push(queuedChild(db, ['zilite']));
		const data = await officerAt(db, T0).placement.openData(riga);
		expect(data.cutoffs).toContainEqual(
			expect.objectContaining({
				runId: run.id,
				programmeId: 'riga-saulite-preschool-lv-2027',
				seats: 2
			})
		);
		// The child Saulīte had no seat for, and one who joined since; neither in a group.
		expect(data.queueSizes).toEqual([{ intake: 'preschool', group: 'none', size: 2 }]);
		// Nothing that could name a child: no ids of applications, no keys' tie-breaks.
		for (const id of children) {
			expect(JSON.stringify(data)).not.toContain(id);
		}
	});
});
