import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES } from '../../src/lib/domain/application';
import { actionsFor, isFinal, transition } from '../../src/lib/services/engine';
import { advertisingPermit } from '../../src/lib/services/advertising-permit/definition';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import type { WorkflowDef } from '../../src/lib/services/types';

const enrolment = educationEnrolmentFull.workflow;
const permit = advertisingPermit.workflow;
const ROLES = ['citizen', 'officer'] as const;

/** Every (state, action, role) of a workflow, with whether the definition lists it. */
function everyTriple(def: WorkflowDef) {
	const actions = [...new Set(def.transitions.map((t) => t.action))];
	return def.states.flatMap((from) =>
		actions.flatMap((action) => ROLES.map((role) => ({ from, action, role })))
	);
}

describe('workflow definitions', () => {
	for (const [name, def] of [
		['enrolment', enrolment],
		['permit', permit]
	] as const) {
		it(`${name}: states are platform states, every one reachable from a draft, decided ones final`, () => {
			for (const s of def.states) {
				expect(APPLICATION_STATES).toContain(s);
			}
			const reached = new Set(['draft']);
			for (let grew = true; grew;) {
				grew = false;
				for (const t of def.transitions) {
					if (reached.has(t.from) && !reached.has(t.to)) {
						reached.add(t.to);
						grew = true;
					}
				}
			}
			expect([...reached].sort()).toEqual([...def.states].sort());
			for (const s of ['withdrawn', 'refused']) {
				expect(isFinal(def, s)).toBe(true);
			}
			expect(isFinal(def, 'submitted')).toBe(false);
		});

		it(`${name}: an action is allowed exactly where the definition lists it, for that role only`, () => {
			for (const { from, action, role } of everyTriple(def)) {
				const listed = def.transitions.find(
					(t) => t.from === from && t.action === action && t.by === role
				);
				// A step listed `via` an area is taken only through it (placement's offers).
				const verdict = transition(def, from, action, role, listed?.via);
				expect(verdict.ok, `${from} ${action} ${role}`).toBe(!!listed);
				if (listed) {
					expect(verdict).toEqual({ ok: true, to: listed.to });
				}
				if (listed?.via) {
					expect(transition(def, from, action, role)).toEqual({
						ok: false,
						reason: 'workflow.onlyThroughPlacement'
					});
				}
			}
		});

		it(`${name}: no sequence of actions, by anyone, leaves the definition's states`, () => {
			const actions = [...new Set(def.transitions.map((t) => t.action)), 'approve', 'hack'];
			fc.assert(
				fc.property(
					fc.array(fc.tuple(fc.constantFrom(...actions), fc.constantFrom(...ROLES)), {
						maxLength: 40
					}),
					(steps) => {
						let status = 'draft';
						for (const [action, role] of steps) {
							const verdict = transition(def, status, action, role);
							if (verdict.ok) {
								status = verdict.to;
							}
							expect(def.states).toContain(status);
						}
					}
				)
			);
		});
	}

	it('says why a step is refused: wrong role, wrong state, unknown action or state', () => {
		expect(transition(enrolment, 'submitted', 'startReview', 'citizen')).toEqual({
			ok: false,
			reason: 'workflow.wrongRole'
		});
		expect(transition(enrolment, 'enrolled', 'withdraw', 'citizen')).toEqual({
			ok: false,
			reason: 'workflow.notFromState'
		});
		expect(transition(enrolment, 'in_review', 'approve', 'officer')).toEqual({
			ok: false,
			reason: 'workflow.unknownAction'
		});
		expect(transition(permit, 'in_queue', 'approve', 'officer')).toEqual({
			ok: false,
			reason: 'workflow.unknownState'
		});
	});

	it('lists what each role may do next', () => {
		expect(
			actionsFor(permit, 'in_review', 'officer')
				.map((a) => a.action)
				.sort()
		).toEqual(['approve', 'refuse', 'requestHeritageApproval', 'requestInformation'].sort());
		expect(actionsFor(permit, 'in_review', 'citizen')).toEqual([
			{ action: 'withdraw', to: 'withdrawn' }
		]);
		// Accepting or declining answers the placement offer (issue 16): no bare step.
		expect(actionsFor(enrolment, 'offered', 'citizen').map((a) => a.action)).toEqual(['withdraw']);
		expect(actionsFor(enrolment, 'in_queue', 'officer')).toEqual([]);
	});
});
