import fc from 'fast-check';
import type {
	PlacementApplicant,
	PlacementInput,
	PriorityKey
} from '../../../src/lib/domain/placement/contract';
import { activeChoices } from '../../../src/lib/domain/placement/choices';

/**
 * Small random placement instances for the property tests. Keys are short and drawn from a
 * narrow range on purpose, so equal keys (broken by applicant id) and equal groups happen
 * often; some choices are not keyed (not eligible) and some name no programme at all.
 */
export interface Shape {
	maxProgrammes: number;
	maxApplicants: number;
	maxSeats: number;
}

export const SMALL: Shape = { maxProgrammes: 6, maxApplicants: 14, maxSeats: 3 };
export const TINY: Shape = { maxProgrammes: 3, maxApplicants: 4, maxSeats: 2 };

export function arbInput(shape: Shape): fc.Arbitrary<PlacementInput> {
	return fc
		.record({
			seats: fc.array(fc.integer({ min: 0, max: shape.maxSeats }), {
				minLength: 1,
				maxLength: shape.maxProgrammes
			}),
			people: fc.array(
				fc.record({
					order: fc.array(fc.integer({ min: 0, max: shape.maxProgrammes }), { maxLength: 5 }),
					keys: fc.array(
						fc.option(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 })), {
							freq: 6
						}),
						{ minLength: shape.maxProgrammes, maxLength: shape.maxProgrammes }
					)
				}),
				{ maxLength: shape.maxApplicants }
			)
		})
		.map(({ seats, people }) => {
			const programmes = seats.map((n, i) => ({ id: `p${i}`, seats: n }));
			const applicants: PlacementApplicant[] = people.map((person, i) => {
				// Index == programmes.length names a programme that is not in the run.
				const choices = [...new Set(person.order)].map((p) => `p${p}`);
				const keys: Record<string, PriorityKey> = {};
				person.keys.forEach((key, p) => {
					if (key !== null) {
						keys[`p${p}`] = key;
					}
				});
				return { id: `a${String(i).padStart(2, '0')}`, choices, keys };
			});
			return { programmes, applicants };
		});
}

/** A deterministic shuffle of everything order could leak from: lists and record keys. */
export function shuffled(input: PlacementInput, seed: number): PlacementInput {
	let state = seed >>> 0 || 1;
	const random = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
	const shuffle = <T>(list: readonly T[]): T[] => {
		const copy = [...list];
		for (let i = copy.length - 1; i > 0; i -= 1) {
			const j = Math.floor(random() * (i + 1));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy;
	};
	return {
		programmes: shuffle(input.programmes),
		applicants: shuffle(input.applicants).map((a) => ({
			...a,
			keys: Object.fromEntries(shuffle(Object.entries(a.keys)))
		}))
	};
}

/**
 * How well an applicant did by their list: the placement's position among their active
 * choices (0 best); Infinity when unplaced or placed somewhere they did not ask for.
 */
export function standing(
	applicant: PlacementApplicant,
	programmes: PlacementInput['programmes'],
	placed: string | null
): number {
	const list = activeChoices(applicant, new Set(programmes.map((p) => p.id)));
	const index = placed === null ? -1 : list.indexOf(placed);
	return index < 0 ? Number.POSITIVE_INFINITY : index;
}
