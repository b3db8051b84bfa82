import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacementInput, PlacementResult } from '../../../src/lib/domain/placement/contract';
import { activeChoices, holdsSeatAt } from '../../../src/lib/domain/placement/choices';
import { place } from '../../../src/lib/domain/placement/deferred-acceptance';
import { compareKeys } from '../../../src/lib/domain/placement/keys';
import { placeNaive } from '../../../src/lib/domain/placement/naive';
import { verify } from '../../../src/lib/domain/placement/verify';
import { arbInput, shuffled, SMALL, standing, TINY } from './instances';

/**
 * Issue 16's properties of the engine on ≥ 10 000 seeded random instances per run (the runs
 * below add up to 10 800). Fixed seeds: a failure replays exactly; fast-check prints the
 * shrunk counterexample.
 */
const SEED = 16;

function cutoffProblems(input: PlacementInput, result: PlacementResult): string[] {
	const problems: string[] = [];
	const known = new Set(input.programmes.map((p) => p.id));
	for (const programme of input.programmes) {
		const cutoff = result.cutoffs[programme.id];
		const inside = input.applicants.filter((a) => result.assignment[a.id] === programme.id);
		const competing = inside.filter((a) => !holdsSeatAt(a, programme.id));
		if (cutoff === undefined) {
			problems.push(`${programme.id}: no cut-off entry`);
			continue;
		}
		if (cutoff === null) {
			if (inside.length >= programme.seats) {
				problems.push(`${programme.id}: full but no cut-off`);
			}
			continue;
		}
		if (inside.length !== Math.max(0, programme.seats)) {
			problems.push(`${programme.id}: cut-off but not full`);
		}
		if (competing.some((a) => compareKeys(a.keys[programme.id] ?? [], cutoff) > 0)) {
			problems.push(`${programme.id}: someone admitted below the cut-off`);
		}
		if (
			competing.length > 0 &&
			!competing.some((a) => compareKeys(a.keys[programme.id] ?? [], cutoff) === 0)
		) {
			problems.push(`${programme.id}: the cut-off is nobody's key`);
		}
		for (const applicant of input.applicants) {
			const list = activeChoices(applicant, known);
			const placed = result.assignment[applicant.id] ?? null;
			const placedAt = placed === null ? list.length : list.indexOf(placed);
			const wants = list.indexOf(programme.id);
			const key = applicant.keys[programme.id];
			if (
				wants >= 0 &&
				wants < placedAt &&
				!holdsSeatAt(applicant, programme.id) &&
				key !== undefined &&
				compareKeys(key, cutoff) < 0
			) {
				problems.push(`${applicant.id} beats ${programme.id}'s cut-off but is not in`);
			}
		}
	}
	return problems;
}

/**
 * Round two: everyone placed holds their seat, some leave, some seats are added, and
 * newcomers (registered since, often with better keys) join: the guarantee is tested only
 * where someone could take the seat.
 */
const arbSecondRound = fc
	.tuple(
		arbInput(SMALL),
		arbInput(SMALL),
		fc.array(fc.boolean(), { minLength: SMALL.maxApplicants, maxLength: SMALL.maxApplicants }),
		fc.array(fc.integer({ min: 0, max: 2 }), {
			minLength: SMALL.maxProgrammes,
			maxLength: SMALL.maxProgrammes
		})
	)
	.map(([first, later, leaves, added]) => {
		const firstResult = place(first);
		const newcomers = later.applicants.map((a) => ({ ...a, id: `n${a.id}` }));
		const second: PlacementInput = {
			programmes: first.programmes.map((p, i) => ({ ...p, seats: p.seats + (added[i] ?? 0) })),
			applicants: [
				...first.applicants
					.filter((a, i) => !(leaves[i] === true && firstResult.assignment[a.id] !== null))
					.map((a) => {
						const held = firstResult.assignment[a.id] ?? null;
						return held === null ? a : { ...a, held };
					}),
				...newcomers
			]
		};
		return { first, firstResult, second };
	});

describe('placement engine properties', () => {
	it('main round: verified, cut-offs consistent, order-free, and equal to the naive engine', () => {
		fc.assert(
			fc.property(arbInput(SMALL), fc.integer(), (input, seed) => {
				const result = place(input);
				expect(verify(input, result)).toMatchObject({ ok: true });
				expect(cutoffProblems(input, result)).toEqual([]);
				expect(JSON.stringify(place(shuffled(input, seed)))).toBe(JSON.stringify(result));
				expect(JSON.stringify(placeNaive(shuffled(input, seed)))).toBe(JSON.stringify(result));
			}),
			{ numRuns: 5000, seed: SEED }
		);
	});

	it('second round: held seats kept, nobody worse off, verified, equal to the naive engine', () => {
		fc.assert(
			fc.property(arbSecondRound, fc.integer(), ({ first, firstResult, second }, seed) => {
				const result = place(second);
				expect(verify(second, result)).toMatchObject({ ok: true });
				expect(cutoffProblems(second, result)).toEqual([]);
				expect(JSON.stringify(place(shuffled(second, seed)))).toBe(JSON.stringify(result));
				expect(JSON.stringify(placeNaive(second))).toBe(JSON.stringify(result));
				for (const applicant of second.applicants) {
					const original = first.applicants.find((a) => a.id === applicant.id);
					if (original === undefined) {
						continue; // a newcomer
					}
					const before = standing(
						original,
						first.programmes,
						firstResult.assignment[applicant.id] ?? null
					);
					const after = standing(
						original,
						first.programmes,
						result.assignment[applicant.id] ?? null
					);
					expect(after).toBeLessThanOrEqual(before);
				}
			}),
			{ numRuns: 2000, seed: SEED + 1 }
		);
	});

	it('is the applicant-optimal stable matching (brute-force oracle on tiny instances)', () => {
		fc.assert(
			fc.property(arbInput(TINY), (input) => {
				const result = place(input);
				const stable = allMatchings(input).filter((m) => verify(input, m).ok);
				expect(stable.length).toBeGreaterThan(0);
				expect(stable.map((m) => JSON.stringify(m.assignment))).toContain(
					JSON.stringify(result.assignment)
				);
				for (const other of stable) {
					for (const applicant of input.applicants) {
						expect(
							standing(applicant, input.programmes, result.assignment[applicant.id] ?? null)
						).toBeLessThanOrEqual(
							standing(applicant, input.programmes, other.assignment[applicant.id] ?? null)
						);
					}
				}
			}),
			{ numRuns: 1500, seed: SEED + 2 }
		);
	});

	it('rolling rounds: the applicant-optimal matching among those that keep held seats', () => {
		const first = { maxProgrammes: 3, maxApplicants: 3, maxSeats: 2 };
		fc.assert(
			fc.property(arbInput(first), arbInput({ ...first, maxApplicants: 2 }), (before, later) => {
				const placed = place(before);
				const input: PlacementInput = {
					programmes: before.programmes,
					applicants: [
						...before.applicants.map((a) => {
							const held = placed.assignment[a.id] ?? null;
							return held === null ? a : { ...a, held };
						}),
						...later.applicants.map((a) => ({ ...a, id: `n${a.id}` }))
					]
				};
				const result = place(input);
				const stable = allMatchings(input).filter((m) => verify(input, m).ok);
				expect(stable.map((m) => JSON.stringify(m.assignment))).toContain(
					JSON.stringify(result.assignment)
				);
				for (const other of stable) {
					for (const applicant of input.applicants) {
						expect(
							standing(applicant, input.programmes, result.assignment[applicant.id] ?? null)
						).toBeLessThanOrEqual(
							standing(applicant, input.programmes, other.assignment[applicant.id] ?? null)
						);
					}
				}
			}),
			{ numRuns: 300, seed: SEED + 5 }
		);
	});

	it('finds no profitable lie in sampled misreports (no list cap)', () => {
		fc.assert(
			fc.property(
				arbInput(SMALL),
				fc.nat(),
				fc.array(fc.integer({ min: 0, max: SMALL.maxProgrammes - 1 }), { maxLength: 6 }),
				(input, who, lieOrder) => {
					const liar = input.applicants[who % Math.max(1, input.applicants.length)];
					if (liar === undefined) {
						return;
					}
					const truth = standing(liar, input.programmes, place(input).assignment[liar.id] ?? null);
					const lie = { ...liar, choices: [...new Set(lieOrder)].map((p) => `p${p}`) };
					const lying = place({
						...input,
						applicants: input.applicants.map((a) => (a.id === liar.id ? lie : a))
					});
					expect(
						standing(liar, input.programmes, lying.assignment[liar.id] ?? null)
					).toBeGreaterThanOrEqual(truth);
				}
			),
			{ numRuns: 1000, seed: SEED + 3 }
		);
	});

	it('adding a seat never hurts anyone', () => {
		fc.assert(
			fc.property(arbInput(SMALL), fc.nat(), (input, which) => {
				const target = which % input.programmes.length;
				const more = {
					...input,
					programmes: input.programmes.map((p, i) =>
						i === target ? { ...p, seats: p.seats + 1 } : p
					)
				};
				const before = place(input);
				const after = place(more);
				for (const applicant of input.applicants) {
					expect(
						standing(applicant, input.programmes, after.assignment[applicant.id] ?? null)
					).toBeLessThanOrEqual(
						standing(applicant, input.programmes, before.assignment[applicant.id] ?? null)
					);
				}
			}),
			{ numRuns: 1000, seed: SEED + 4 }
		);
	});

	it('sees a broken result (guard against properties that cannot fail)', () => {
		const input: PlacementInput = {
			programmes: [{ id: 'p0', seats: 1 }],
			applicants: [
				{ id: 'a', choices: ['p0'], keys: { p0: [1] } },
				{ id: 'b', choices: ['p0'], keys: { p0: [2] } }
			]
		};
		const wrong = { assignment: { a: null, b: 'p0' }, cutoffs: { p0: [2] } };
		expect(verify(input, wrong).blockingPairs).toEqual([{ applicant: 'a', programme: 'p0' }]);
		expect(cutoffProblems(input, wrong)).toEqual(["a beats p0's cut-off but is not in"]);
		expect(allMatchings(input).filter((m) => verify(input, m).ok)).toHaveLength(1);
	});
});

/** Every assignment of each applicant to nothing or one of their active choices. */
function allMatchings(input: PlacementInput): PlacementResult[] {
	const known = new Set(input.programmes.map((p) => p.id));
	let partial: Record<string, string | null>[] = [{}];
	for (const applicant of input.applicants) {
		const options = [null, ...activeChoices(applicant, known)];
		partial = partial.flatMap((m) => options.map((o) => ({ ...m, [applicant.id]: o })));
	}
	return partial.map((assignment) => ({ assignment, cutoffs: {} }));
}
