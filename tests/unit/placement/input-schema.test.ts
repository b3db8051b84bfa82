import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zPlacementInput } from '../../../src/lib/domain/placement/input-schema';
import { arbInput, SMALL } from './instances';

const messages = (input: unknown) =>
	zPlacementInput.safeParse(input).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`) ??
	[];

describe('the engine input schema', () => {
	it('accepts what the generators make', () => {
		fc.assert(
			fc.property(arbInput(SMALL), (input) => {
				expect(messages(input)).toEqual([]);
			}),
			{ numRuns: 200, seed: 1616 }
		);
	});

	it('refuses duplicate ids and choices, a held seat elsewhere, and keys that are not numbers', () => {
		expect(
			messages({
				programmes: [
					{ id: 'A', seats: 1 },
					{ id: 'A', seats: 2 }
				],
				applicants: [
					{ id: 'x', choices: ['A', 'A'], keys: { A: [1] } },
					{ id: 'x', choices: [], keys: {}, held: 'Z' }
				]
			})
		).toEqual([
			'programmes.1.id placementEngine.duplicateProgramme',
			'applicants.0.choices placementEngine.duplicateChoice',
			'applicants.1.id placementEngine.duplicateApplicant',
			'applicants.1.held placementEngine.unknownHeld'
		]);
		expect(
			messages({
				programmes: [{ id: 'A', seats: -1 }],
				applicants: [{ id: 'x', choices: ['A'], keys: { A: [Number.NaN] } }]
			})
		).toHaveLength(2);
	});
});
