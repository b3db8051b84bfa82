import { describe, expect, it } from 'vitest';
import { zFact } from '../../../src/lib/domain/placement/facts';
import { zRuleSet } from '../../../src/lib/domain/placement/rule-set';
import { groupOf } from '../../../src/lib/domain/placement/rules';
import {
	formPathOf,
	ruleSetFromForm,
	ruleSetToForm
} from '../../../src/lib/domain/placement-settings';
import { ENROLMENT_DEMO_SETTINGS } from '../../../src/lib/services/education-enrolment/demo-settings';
import { enrolmentPlacement } from '../../../src/lib/services/education-enrolment/placement';

const riga = ENROLMENT_DEMO_SETTINGS['riga'];
if (!riga) {
	throw new Error('the demo has Rīga');
}

const answers = {
	level: 'preschool',
	childPersonalCode: '150324-29998',
	childResidentHere: 'yes',
	startDate: '2027-09-01',
	institutionChoices: ['riga-saulite', 'riga-zilite'],
	priorityGrounds: ['sibling', 'commission'],
	siblingInstitution: 'riga-zilite'
};

describe('the enrolment capability gives the engine dated facts (issue 16 item 2)', () => {
	it('names the sibling’s institution, the residence and the birth date, each dated', () => {
		const facts = enrolmentPlacement.facts(answers, riga, '2026-03-02');
		expect(facts.every((f) => zFact.safeParse(f).success)).toBe(true);
		expect(facts).toEqual(
			expect.arrayContaining([
				{ name: 'birthDate', value: '2024-03-15', asOf: '2024-03-15' },
				{ name: 'childResidence', value: 'here', asOf: '2026-03-02' },
				{ name: 'siblingEnrolled', value: true, asOf: '2026-03-02', institution: 'riga-zilite' },
				// A commission ground claimed by the family is a claim, not a decision: but it is
				// in Rīga's list, so the claim is carried as the fact an officer then confirms.
				{ name: 'commissionDecision', value: true, asOf: '2026-03-02' }
			])
		);
	});

	it('derives a default rule set the engine accepts, where a sibling counts at its institution', () => {
		const groups = enrolmentPlacement.defaultGroups(riga, 'preschool');
		const set = zRuleSet.parse({
			municipality: 'riga',
			intake: 'preschool',
			version: 1,
			validFrom: '2000-01-01',
			groups,
			tieBreak: 'registration',
			windows: [],
			programmes: [
				{ id: 'a', institution: 'riga-saulite', capacity: 2 },
				{ id: 'b', institution: 'riga-zilite', capacity: 2 }
			]
		});
		const facts = enrolmentPlacement
			.facts({ ...answers, priorityGrounds: ['sibling'] }, riga, '2026-03-02')
			.map((f) => zFact.parse(f));
		expect(groupOf(set, facts, '2026-12-07', 'riga-zilite').group).toBe('sibling');
		expect(groupOf(set, facts, '2026-12-07', 'riga-saulite').group).not.toBe('sibling');
	});

	it('maps the form to the engine’s shape and the engine’s issues back to the form', () => {
		const form = ruleSetToForm({
			intake: 'preschool',
			validFrom: '2027-01-01',
			tieBreak: 'registration',
			windows: [],
			groups: [{ name: 'sibling', when: { fact: 'siblingEnrolled' } }]
		});
		expect(form.groups[0]).toEqual({ name: 'sibling', fact: 'siblingEnrolled' });
		expect(ruleSetFromForm({ ...form, groups: [{ ...form.groups[0], equals: '' }] })).toEqual({
			...form,
			groups: [{ name: 'sibling', when: { fact: 'siblingEnrolled' } }]
		});
		expect(formPathOf('groups.2.when.fact')).toBe('groups.2.fact');
		expect(formPathOf('groups.2.when')).toBe('groups.2.fact');
		expect(formPathOf('windows.1.from')).toBe('windows.1.from');
	});
});
