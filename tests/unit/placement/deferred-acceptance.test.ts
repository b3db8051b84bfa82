import { describe, expect, it } from 'vitest';
import type {
	PlacementApplicant,
	PlacementInput
} from '../../../src/lib/domain/placement/contract';
import { place } from '../../../src/lib/domain/placement/deferred-acceptance';

const applicant = (
	id: string,
	choices: string[],
	keys: Record<string, number[]>,
	held?: string
): PlacementApplicant => ({ id, choices, keys, ...(held === undefined ? {} : { held }) });

describe('place (applicant-proposing deferred acceptance)', () => {
	it('gives a contested seat to the better key and moves the other on to the next choice', () => {
		const input: PlacementInput = {
			programmes: [
				{ id: 'A', seats: 1 },
				{ id: 'B', seats: 1 }
			],
			applicants: [
				applicant('x', ['A', 'B'], { A: [2, 10], B: [1, 5] }),
				applicant('y', ['A', 'B'], { A: [1, 20], B: [1, 6] })
			]
		};
		expect(place(input)).toEqual({
			assignment: { x: 'B', y: 'A' },
			cutoffs: { A: [1, 20], B: [1, 5] }
		});
	});

	it('gives everyone their first choice when first choices do not clash, whatever the keys', () => {
		// Classic 3×3 example: schools' favourites differ from students' favourites.
		const input: PlacementInput = {
			programmes: ['A', 'B', 'C'].map((id) => ({ id, seats: 1 })),
			applicants: [
				applicant('1', ['A', 'B', 'C'], { A: [3], B: [1], C: [2] }),
				applicant('2', ['B', 'C', 'A'], { A: [1], B: [3], C: [2] }),
				applicant('3', ['C', 'A', 'B'], { A: [2], B: [2], C: [3] })
			]
		};
		expect(place(input).assignment).toEqual({ '1': 'A', '2': 'B', '3': 'C' });
	});

	it('skips choices without a key (not eligible), unknown programmes and repeated choices', () => {
		const result = place({
			programmes: [
				{ id: 'A', seats: 1 },
				{ id: 'B', seats: 2 }
			],
			applicants: [
				applicant('x', ['A', 'nowhere', 'A', 'B'], { B: [1] }),
				applicant('y', ['A'], { A: [5] })
			]
		});
		expect(result.assignment).toEqual({ x: 'B', y: 'A' });
		expect(result.cutoffs).toEqual({ A: [5], B: null });
	});

	it('keeps a held seat guaranteed and proposes only above it', () => {
		const result = place({
			programmes: [
				{ id: 'A', seats: 1 },
				{ id: 'B', seats: 1 }
			],
			applicants: [
				// Holds B; wants A more but loses to y there. B is kept though z's key is better.
				applicant('x', ['A', 'B'], { A: [9], B: [9] }, 'B'),
				applicant('y', ['A'], { A: [1] }),
				applicant('z', ['B'], { B: [1] })
			]
		});
		expect(result.assignment).toEqual({ x: 'B', y: 'A', z: null });
		// B is full of a guaranteed seat only: no key gets in.
		expect(result.cutoffs).toEqual({ A: [1], B: [] });
	});

	it('frees a held seat for others when its holder moves up', () => {
		const result = place({
			programmes: [
				{ id: 'A', seats: 1 },
				{ id: 'B', seats: 1 }
			],
			applicants: [
				applicant('x', ['A', 'B'], { A: [1], B: [9] }, 'B'),
				applicant('z', ['B'], { B: [5] })
			]
		});
		expect(result.assignment).toEqual({ x: 'A', z: 'B' });
	});

	it('ignores choices below the held seat', () => {
		const result = place({
			programmes: [
				{ id: 'A', seats: 1 },
				{ id: 'B', seats: 1 }
			],
			applicants: [applicant('x', ['B', 'A'], { A: [1], B: [1] }, 'B')]
		});
		expect(result.assignment).toEqual({ x: 'B' });
		expect(result.cutoffs).toEqual({ A: null, B: [] });
	});

	it('breaks equal keys by applicant id, never by input order', () => {
		const programmes = [{ id: 'A', seats: 1 }];
		const a = applicant('a', ['A'], { A: [1] });
		const b = applicant('b', ['A'], { A: [1] });
		const one = place({ programmes, applicants: [a, b] });
		const two = place({ programmes, applicants: [b, a] });
		expect(one).toEqual(two);
		expect(JSON.stringify(one)).toBe(JSON.stringify(two));
		expect(one.assignment).toEqual({ a: 'A', b: null });
	});

	it('fills nothing at a zero-seat programme', () => {
		const result = place({
			programmes: [{ id: 'A', seats: 0 }],
			applicants: [applicant('x', ['A'], { A: [1] })]
		});
		expect(result).toEqual({ assignment: { x: null }, cutoffs: { A: [] } });
	});

	it('refuses duplicate ids and a held seat at an unknown programme', () => {
		expect(() =>
			place({
				programmes: [
					{ id: 'A', seats: 1 },
					{ id: 'A', seats: 2 }
				],
				applicants: []
			})
		).toThrow(RangeError);
		expect(() =>
			place({
				programmes: [{ id: 'A', seats: 1 }],
				applicants: [applicant('x', [], {}), applicant('x', [], {})]
			})
		).toThrow(RangeError);
		expect(() => place({ programmes: [], applicants: [applicant('x', [], {}, 'Z')] })).toThrow(
			RangeError
		);
	});
});
