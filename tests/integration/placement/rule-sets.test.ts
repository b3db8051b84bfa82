import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { issuesOfError } from '../../../src/lib/domain/issues';
import { callerFor } from '../harness';
import { fileDb, officerAt, T0 } from './world';

let db: Db;
let done: () => void;
beforeEach(() => ({ db, done } = fileDb()));
afterEach(() => done());

const riga = { municipalityId: 'riga' };
const admin = () => callerFor(db, 'demo-admin-riga', () => T0);

const sibling = {
	intake: 'preschool',
	validFrom: '2027-01-01',
	tieBreak: 'registration',
	windows: [],
	groups: [
		{ name: 'commission', when: { fact: 'commissionDecision' } },
		{ name: 'sibling', when: { fact: 'siblingEnrolled' } }
	]
};

async function refusal(call: Promise<unknown>) {
	const error = await call.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toMatchObject({ code: 'BAD_REQUEST' });
	return issuesOfError(error);
}

describe('rule sets as data (issue 16 item 1)', () => {
	it('has a default rule set per intake from the municipality’s priority grounds', async () => {
		const sets = await admin().placement.ruleSets({ ...riga, intake: 'preschool' });
		expect(sets.inForce.version).toBe(0);
		const names = sets.inForce.groups.map((g) => g.name);
		expect(names[0]).toBe('commission');
		expect(names).toContain('sibling');
		expect(names).toContain('age5');
	});

	it('saves versions and uses the one valid on the day', async () => {
		const saved = await admin().placement.saveRuleSet({ ...riga, ruleSet: sibling });
		expect(saved.version).toBe(1);
		// Today (7 Dec 2026) the default is still in force; from 1 Jan 2027 the saved one.
		expect(
			(await admin().placement.ruleSets({ ...riga, intake: 'preschool' })).inForce.version
		).toBe(0);
		const later = callerFor(db, 'demo-admin-riga', () => Date.parse('2027-01-02T08:00:00Z'));
		const sets = await later.placement.ruleSets({ ...riga, intake: 'preschool' });
		expect(sets.inForce.version).toBe(1);
		expect(sets.versions.map((v) => v.version)).toEqual([1]);
	});

	it('refuses an inconsistent rule set with the reason at its field', async () => {
		const issues = await refusal(
			admin().placement.saveRuleSet({
				...riga,
				ruleSet: {
					...sibling,
					groups: [
						{ name: 'sibling', when: { fact: 'siblingEnrolled' } },
						{ name: 'sibling', when: { fact: 'brotherInLaw' } }
					],
					windows: [
						{ from: '2027-01-01', to: '2027-02-01' },
						{ from: '2027-01-15', to: '2027-03-01' }
					]
				}
			})
		);
		expect(issues).toEqual(
			expect.arrayContaining([
				{ path: 'groups.1.name', message: 'placementEngine.duplicateGroup' },
				{ path: 'groups.1.when.fact', message: 'placementEngine.unknownFact' },
				{ path: 'windows.1.from', message: 'placementEngine.windowsOverlap' }
			])
		);
		expect((await admin().placement.ruleSets({ ...riga, intake: 'preschool' })).versions).toEqual(
			[]
		);
	});

	it('is the municipal admin’s', async () => {
		await expect(
			officerAt(db, T0).placement.saveRuleSet({ ...riga, ruleSet: sibling })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
