import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { callerFor } from '../harness';
import { fileDb, officerAt, queuedChild, roundOf, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };
const SAULITE = 'riga-saulite-preschool-lv-2027';
const ZILITE = 'riga-zilite-preschool-lv-2027';

describe('runs build their keys through the rule set (issue 16 item 3)', () => {
	it('gives a sibling at institution A priority at A only', async () => {
		// Both kindergartens have two seats. The child with a sibling at Zīlīte registered last.
		const a1 = queuedChild(db, ['saulite']);
		const a2 = queuedChild(db, ['saulite']);
		const a3 = queuedChild(db, ['zilite']);
		const a4 = queuedChild(db, ['zilite']);
		const sib = queuedChild(db, ['saulite', 'zilite'], {
			grounds: ['sibling'],
			siblingAt: 'zilite'
		});
		const { run } = await roundOf(db, T0);
		expect(run.status).toBe('verified');
		const officer = officerAt(db, T0);
		const offered = async (id: string) =>
			(await officer.placement.application({ ...riga, applicationId: id })).offers[0]
				?.programmeId ?? null;
		await officer.placement.publish({ ...riga, runId: run.id });
		// At Saulīte the sibling counts for nothing: the two who registered first keep it.
		expect(await offered(a1)).toBe(SAULITE);
		expect(await offered(a2)).toBe(SAULITE);
		// At Zīlīte the sibling comes first, ahead of earlier registrations.
		expect(await offered(sib)).toBe(ZILITE);
		expect(await offered(a3)).toBe(ZILITE);
		expect(await offered(a4)).toBeNull();

		// The explanation shows each choice's own group, with the date of its evidence.
		const view = await officer.placement.application({ ...riga, applicationId: sib });
		expect(view.choices[0]?.group).toBeNull();
		expect(view.choices[1]?.group).toMatchObject({ group: 'sibling', source: 'claim' });
		expect(view.choices[1]?.group?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('lets an officer’s evidence correction override the family’s claim from the next run', async () => {
		queuedChild(db, ['zilite']);
		queuedChild(db, ['zilite']);
		const sib = queuedChild(db, ['zilite'], { grounds: ['sibling'], siblingAt: 'zilite' });
		await officerAt(db, T0).placement.recordCase({
			...riga,
			applicationId: sib,
			kind: 'evidence',
			fact: 'sibling',
			value: 'remove',
			reason: 'The register shows no sibling at Zīlīte.'
		});
		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		const view = await officerAt(db, T0).placement.application({ ...riga, applicationId: sib });
		expect(view.offers).toHaveLength(0);
		expect(view.choices[0]?.group).toBeNull();
	});

	it('runs on the rule set version in force on the run date, frozen in the snapshot', async () => {
		// Rīga's admin drops the sibling group from today on: the sibling no longer comes first.
		await callerFor(db, 'demo-admin-riga', () => T0).placement.saveRuleSet({
			...riga,
			ruleSet: {
				intake: 'preschool',
				validFrom: '2026-12-01',
				tieBreak: 'registration',
				windows: [],
				groups: [{ name: 'commission', when: { fact: 'commissionDecision' } }]
			}
		});
		queuedChild(db, ['zilite']);
		queuedChild(db, ['zilite']);
		const sib = queuedChild(db, ['zilite'], { grounds: ['sibling'], siblingAt: 'zilite' });
		const { run } = await roundOf(db, T0);
		await officerAt(db, T0).placement.publish({ ...riga, runId: run.id });
		const view = await officerAt(db, T0).placement.application({ ...riga, applicationId: sib });
		expect(view.offers).toHaveLength(0);
		const row = db.$client
			.prepare('SELECT snapshot FROM placement_run WHERE id = ?')
			.get(run.id) as { snapshot: string };
		const snapshot = JSON.parse(row.snapshot) as { version: number; ruleSet: { version: number } };
		expect(snapshot).toMatchObject({ version: 2, ruleSet: { version: 1 } });
		// Replayed from the snapshot alone: the same bytes, whatever the table holds later.
		await callerFor(db, 'demo-admin-riga', () => T0).placement.saveRuleSet({
			...riga,
			ruleSet: {
				intake: 'preschool',
				validFrom: '2026-12-02',
				tieBreak: 'lottery',
				windows: [{ from: '2026-01-01', to: '2026-12-01' }],
				groups: [{ name: 'sibling', when: { fact: 'siblingEnrolled' } }]
			}
		});
		expect(await officerAt(db, T0).placement.replay({ ...riga, runId: run.id })).toEqual({
			identical: true,
			seedHashMatches: true
		});
	});
});
