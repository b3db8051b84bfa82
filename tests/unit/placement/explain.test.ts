import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacementInput } from '../../../src/lib/domain/placement/contract';
import { place } from '../../../src/lib/domain/placement/deferred-acceptance';
import { explain, publication } from '../../../src/lib/domain/placement/explain';
import { compareKeys } from '../../../src/lib/domain/placement/keys';
import { zFact } from '../../../src/lib/domain/placement/facts';
import { zRuleSet } from '../../../src/lib/domain/placement/rule-set';
import { buildKeys } from '../../../src/lib/domain/placement/rules';
import { arbInput, SMALL } from './instances';

describe('explanations', () => {
	const input: PlacementInput = {
		programmes: [
			{ id: 'A', seats: 2 },
			{ id: 'B', seats: 1 },
			{ id: 'C', seats: 0 }
		],
		applicants: [
			{ id: 'a1', choices: ['A'], keys: { A: [0, 5] } },
			{ id: 'a2', choices: ['A', 'B'], keys: { A: [0, 7], B: [1, 1] } },
			{ id: 'a3', choices: ['A', 'C', 'Z', 'B'], keys: { A: [1, 2], C: [0, 0] } },
			{ id: 'h', choices: ['A', 'B', 'C'], keys: { A: [2, 0], B: [0, 0], C: [0, 0] }, held: 'B' }
		]
	};
	const result = place(input);
	const explained = explain(input, result);

	it('gives every choice a reason as data plus a message key', () => {
		expect(result.assignment).toEqual({ a1: 'A', a2: 'A', a3: null, h: 'B' });
		expect(explained.find((e) => e.applicant === 'a3')).toEqual({
			applicant: 'a3',
			placed: null,
			choices: [
				{
					programme: 'A',
					reason: 'placementEngine.reason.full',
					key: [1, 2],
					group: null,
					groupRank: 1,
					tieBreakValues: null,
					liveRank: 3,
					seats: 2,
					cutoff: [0, 7]
				},
				expect.objectContaining({
					programme: 'C',
					reason: 'placementEngine.reason.noSeats',
					liveRank: 1
				}),
				expect.objectContaining({
					programme: 'Z',
					reason: 'placementEngine.reason.notInRun',
					liveRank: null
				}),
				expect.objectContaining({
					programme: 'B',
					reason: 'placementEngine.reason.notEligible',
					liveRank: null
				})
			]
		});
		expect(
			explained.find((e) => e.applicant === 'h')?.choices.map((c) => [c.programme, c.reason])
		).toEqual([
			['A', 'placementEngine.reason.full'],
			['B', 'placementEngine.reason.held'],
			['C', 'placementEngine.reason.belowHeld']
		]);
		expect(explained.find((e) => e.applicant === 'a2')?.choices.map((c) => c.reason)).toEqual([
			'placementEngine.reason.placed',
			'placementEngine.reason.placedHigher'
		]);
	});

	it('says when every seat stays with those already holding one', () => {
		const onlyHeld = explain(
			{
				...input,
				applicants: [...input.applicants, { id: 'b', choices: ['B'], keys: { B: [0, 0] } }]
			},
			place({
				...input,
				applicants: [...input.applicants, { id: 'b', choices: ['B'], keys: { B: [0, 0] } }]
			})
		);
		expect(onlyHeld.find((e) => e.applicant === 'b')?.choices).toMatchObject([
			{ programme: 'B', reason: 'placementEngine.reason.onlyHeld', cutoff: [], liveRank: 2 }
		]);
	});

	it('names the group and tie-break from the evidence, and publishes queues by group without ids', () => {
		const ruleSet = zRuleSet.parse({
			municipality: 'm',
			intake: 'i',
			version: 1,
			validFrom: '2027-01-01',
			groups: [{ name: 'sibling', when: { fact: 'siblingEnrolled' } }],
			tieBreak: 'registration',
			windows: [],
			programmes: [{ id: 'A', institution: 'x', capacity: 1 }]
		});
		const facts = {
			s: [
				zFact.parse({ name: 'siblingEnrolled', value: true, asOf: '2027-01-01', institution: 'x' }),
				zFact.parse({ name: 'registeredAt', value: '2027-02-01T00:00:00Z', asOf: '2027-02-01' })
			],
			t: [zFact.parse({ name: 'registeredAt', value: '2027-01-05T00:00:00Z', asOf: '2027-01-05' })],
			u: [zFact.parse({ name: 'registeredAt', value: '2027-01-06T00:00:00Z', asOf: '2027-01-06' })]
		};
		const built = buildKeys(
			ruleSet,
			['s', 't', 'u'].map((id) => ({ id, choices: ['A'] })),
			facts,
			'2027-03-01',
			'00'.repeat(32)
		);
		const run = place(built.input);
		expect(
			explain(built.input, run, built.evidence).find((e) => e.applicant === 't')?.choices[0]
		).toMatchObject({
			reason: 'placementEngine.reason.full',
			group: null,
			groupRank: 1,
			tieBreakValues: [Date.parse('2027-01-05T00:00:00Z')],
			liveRank: 2
		});
		const published = publication(built.input, run, built.evidence);
		expect(published).toEqual([
			{
				programme: 'A',
				seats: 1,
				filled: 1,
				cutoff: built.input.applicants[0]?.keys.A,
				cutoffGroup: 'sibling',
				queueByGroup: { '-': 2 }
			}
		]);
		expect(JSON.stringify(published)).not.toMatch(/"[stu]"/);
	});

	it('on random runs: everyone left out of a choice they wanted more was beaten by the cut-off', () => {
		fc.assert(
			fc.property(arbInput(SMALL), (random) => {
				const run = place(random);
				for (const entry of explain(random, run)) {
					for (const choice of entry.choices) {
						if (choice.reason === 'placementEngine.reason.full') {
							expect(choice.cutoff).not.toBeNull();
							expect(compareKeys(choice.key ?? [], choice.cutoff ?? [])).toBeGreaterThanOrEqual(0);
							expect(choice.liveRank).toBeGreaterThan(choice.seats);
						}
					}
				}
				for (const row of publication(random, run)) {
					expect(row.filled).toBeLessThanOrEqual(row.seats);
				}
			}),
			{ numRuns: 500, seed: 1600 }
		);
	});
});
