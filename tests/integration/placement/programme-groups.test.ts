import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
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
});
