import { z } from 'zod';
import { zCalendarDate } from '../calendar';
import { FACTS, isFactName, type FactKind } from './facts';

/**
 * A priority rule set (issue 16 item 2), versioned per municipality and intake: ordered
 * groups, each a predicate over facts; the tie-break inside a group; the application windows;
 * the intake's programmes. The schema refuses a set that cannot work, with a catalogue key at
 * the field that is wrong, before it is saved (issue 16 "Bad input").
 */

/** One test of a fact; which comparison fits depends on the fact's kind (FACTS). */
export interface FactTest {
	fact: string;
	/** text: equal to */
	equals?: string;
	/** text: one of */
	oneOf?: string[];
	/** number: at least */
	atLeast?: number;
	/** date (birth date): turns at least this many years old in the run date's year */
	ageInRunYearAtLeast?: number;
}
export type Predicate = FactTest | { all: Predicate[] } | { any: Predicate[] };

const COMPARISONS = ['equals', 'oneOf', 'atLeast', 'ageInRunYearAtLeast'] as const;
const FITS: Record<FactKind, readonly (typeof COMPARISONS)[number][]> = {
	flag: [],
	text: ['equals', 'oneOf'],
	number: ['atLeast'],
	date: ['ageInRunYearAtLeast'],
	instant: []
};

const zFactTest = z
	.strictObject({
		fact: z.string().refine(isFactName, 'placementEngine.unknownFact'),
		equals: z.string().min(1).max(100).optional(),
		oneOf: z.array(z.string().min(1).max(100)).min(1).max(200).optional(),
		atLeast: z.number().finite().optional(),
		ageInRunYearAtLeast: z.number().int().min(0).max(25).optional()
	})
	.superRefine((test, ctx) => {
		if (!isFactName(test.fact)) {
			return;
		}
		const kind = FACTS[test.fact];
		const given = COMPARISONS.filter((c) => test[c] !== undefined);
		const fits = FITS[kind];
		// A flag is tested for true; every other kind needs exactly one comparison that fits it.
		const ok =
			kind === 'instant'
				? false
				: fits.length === 0
					? given.length === 0
					: given.length === 1 && fits.includes(given[0] as (typeof COMPARISONS)[number]);
		if (!ok) {
			ctx.addIssue({ code: 'custom', message: 'placementEngine.factTest', path: ['fact'] });
		}
	});

export const zPredicate: z.ZodType<Predicate> = z.lazy(() =>
	z.union([
		zFactTest,
		z.strictObject({ all: z.array(zPredicate).min(1).max(20) }),
		z.strictObject({ any: z.array(zPredicate).min(1).max(20) })
	])
);

const zName = z.string().trim().min(1).max(100);

export const TIE_BREAKS = ['registration', 'lottery', 'birthDate', 'scoreThenLottery'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export const zRuleSet = z
	.strictObject({
		municipality: zName,
		intake: zName,
		version: z.number().int().min(1),
		/** The day the version takes effect; a run uses the latest version valid on its date. */
		validFrom: zCalendarDate,
		groups: z
			.array(z.strictObject({ name: zName, when: zPredicate }))
			.max(30)
			.superRefine((groups, ctx) => {
				const seen = new Set<string>();
				groups.forEach((group, i) => {
					if (seen.has(group.name)) {
						ctx.addIssue({
							code: 'custom',
							message: 'placementEngine.duplicateGroup',
							path: [i, 'name']
						});
					}
					seen.add(group.name);
				});
			}),
		/** Who may be placed at all (e.g. residence); absent: everyone who applies. */
		eligibility: zPredicate.optional(),
		tieBreak: z.enum(TIE_BREAKS),
		/** Application windows in Riga days, inclusive; later windows come after earlier ones. */
		windows: z
			.array(z.strictObject({ from: zCalendarDate, to: zCalendarDate }))
			.max(12)
			.superRefine((windows, ctx) => {
				windows.forEach((window, i) => {
					if (window.to < window.from) {
						ctx.addIssue({
							code: 'custom',
							message: 'placementEngine.windowOrder',
							path: [i, 'to']
						});
					}
				});
				const sorted = windows
					.map((w, i) => ({ ...w, i }))
					.sort((a, b) => (a.from < b.from ? -1 : 1));
				for (let k = 1; k < sorted.length; k += 1) {
					const [before, after] = [sorted[k - 1], sorted[k]];
					if (before !== undefined && after !== undefined && after.from <= before.to) {
						ctx.addIssue({
							code: 'custom',
							message: 'placementEngine.windowsOverlap',
							path: [after.i, 'from']
						});
					}
				}
			}),
		programmes: z
			.array(
				z.strictObject({
					id: zName,
					institution: zName,
					capacity: z.number().int().min(1, 'placementEngine.zeroCapacity').max(100_000)
				})
			)
			.min(1, 'placementEngine.noProgrammes')
			.max(2_000)
			.superRefine((programmes, ctx) => {
				const seen = new Set<string>();
				programmes.forEach((programme, i) => {
					if (seen.has(programme.id)) {
						ctx.addIssue({
							code: 'custom',
							message: 'placementEngine.duplicateProgramme',
							path: [i, 'id']
						});
					}
					seen.add(programme.id);
				});
			})
	})
	.superRefine((set, ctx) => {
		// A lottery or birth-date tie-break is fair only among those who applied in the same window.
		if ((set.tieBreak === 'lottery' || set.tieBreak === 'birthDate') && set.windows.length === 0) {
			ctx.addIssue({
				code: 'custom',
				message: 'placementEngine.windowRequired',
				path: ['windows']
			});
		}
	});

export type RuleSet = z.infer<typeof zRuleSet>;
export type RuleSetInput = z.input<typeof zRuleSet>;
