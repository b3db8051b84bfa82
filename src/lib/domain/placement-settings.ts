import { z } from 'zod';
import { TIE_BREAKS, type TieBreak } from './placement/rule-set';

/**
 * A municipality's placement settings (issue 16): data with its legal basis, edited by the
 * municipal admin, parsed on every read. The `.meta()` labels feed the admin's settings form
 * (the same machinery as the e-services' settings, src/lib/services/settings-meta.ts).
 */

const text = (lv: string, en: string, hint?: { lv: string; en: string }) =>
	hint ? { label: { lv, en }, hint } : { label: { lv, en } };

// The engine's tie-breaks (rule-set.ts): one list, so settings and rule sets cannot drift.
export { TIE_BREAKS, type TieBreak };

export const CADENCES = ['nightly', 'weekly', 'officerOnly'] as const;
export type Cadence = (typeof CADENCES)[number];

const zDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format');

/** The tie-break of one intake (an intake is a level: pre-school, grade 1, grade 10 …). */
const zIntakeRule = z.strictObject({
	intake: z
		.string()
		.regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/)
		.meta(text('Uzņemšana (līmenis)', 'Intake (level)')),
	tieBreak: z.enum(TIE_BREAKS).meta({
		...text('Vienādas prioritātes secība', 'Tie-break'),
		optionLabels: {
			registration: { lv: 'Reģistrācijas laiks', en: 'Registration time' },
			lottery: { lv: 'Publiska izloze', en: 'Published lottery' },
			birthDate: { lv: 'Dzimšanas datums', en: 'Birth date' },
			scoreThenLottery: { lv: 'Vērtējums, tad izloze', en: 'Score, then lottery' }
		}
	}),
	// The window applications of a one-shot intake are taken in (absent: all year).
	windowFrom: zDay.optional().meta(text('Pieteikšanās sākums', 'Applications open')),
	windowTo: zDay.optional().meta(text('Pieteikšanās beigas', 'Applications close'))
});

export const zPlacementSettings = z
	.object({
		legalBasis: z
			.string()
			.min(1)
			.max(500)
			.default('Pašvaldības saistošie noteikumi par uzņemšanu izglītības iestādēs')
			.meta(
				text('Tiesiskais pamats', 'Legal basis', {
					lv: 'Saistošie noteikumi, kas nosaka šos iestatījumus.',
					en: 'The binding regulations these settings follow.'
				})
			),
		listCap: z
			.number()
			.int()
			.min(1)
			.max(20)
			.default(3)
			.meta(text('Cik izvēles drīkst norādīt', 'How many choices may be listed')),
		responseDays: z
			.number()
			.int()
			.min(1)
			.max(60)
			.default(10)
			.meta(text('Atbildes termiņš, dienās', 'Reply window, in days')),
		responseDayKind: z
			.enum(['working', 'calendar'])
			.default('working')
			.meta({
				...text('Dienu veids', 'Kind of days'),
				optionLabels: {
					working: { lv: 'Darba dienas', en: 'Working days' },
					calendar: { lv: 'Kalendāra dienas', en: 'Calendar days' }
				}
			}),
		reminderDays: z
			.number()
			.int()
			.min(0)
			.max(30)
			.default(2)
			.meta(text('Atgādinājums pirms termiņa, dienās', 'Reminder before the deadline, in days')),
		noResponse: z
			.enum(['annul', 'keepInQueue'])
			.default('annul')
			.meta({
				...text('Ja uz piedāvājumu neatbild', 'When an offer is not answered'),
				optionLabels: {
					annul: { lv: 'Pieteikumu anulē', en: 'The application is annulled' },
					keepInQueue: { lv: 'Pieteikums paliek rindā', en: 'The application stays in the queue' }
				}
			}),
		onAccept: z
			.enum(['releasePrevious', 'keepPrevious'])
			.default('releasePrevious')
			.meta({
				...text('Kad piedāvājumu pieņem', 'When an offer is accepted'),
				optionLabels: {
					releasePrevious: {
						lv: 'Iepriekšējo vietu atbrīvo nākamajai kārtai',
						en: 'The previous seat is released for the next run'
					},
					keepPrevious: { lv: 'Iepriekšējā vieta paliek', en: 'The previous seat is kept' }
				}
			}),
		cadence: z
			.enum(CADENCES)
			.default('nightly')
			.meta({
				...text('Kārtējo sadales kārtu biežums', 'How often rolling rounds run'),
				optionLabels: {
					nightly: { lv: 'Katru nakti', en: 'Every night' },
					weekly: { lv: 'Reizi nedēļā', en: 'Once a week' },
					officerOnly: {
						lv: 'Tikai pēc darbinieka pieprasījuma',
						en: 'Only when an officer runs one'
					}
				}
			}),
		intakes: z
			.array(zIntakeRule)
			.max(20)
			.default([])
			.meta(text('Uzņemšanas un to secības noteikumi', 'Intakes and their tie-breaks'))
	})
	.superRefine((s, ctx) => {
		// An inconsistent set is refused with the reason at its field (issue 16, bad input).
		const seen = new Set<string>();
		s.intakes.forEach((rule, i) => {
			if (seen.has(rule.intake)) {
				ctx.addIssue({
					code: 'custom',
					path: ['intakes', i, 'intake'],
					message: 'settings.duplicate'
				});
			}
			seen.add(rule.intake);
			if ((rule.windowFrom === undefined) !== (rule.windowTo === undefined)) {
				ctx.addIssue({
					code: 'custom',
					path: ['intakes', i, rule.windowFrom === undefined ? 'windowFrom' : 'windowTo'],
					message: 'placement.settings.windowHalf'
				});
			} else if (rule.windowFrom && rule.windowTo && rule.windowFrom > rule.windowTo) {
				ctx.addIssue({
					code: 'custom',
					path: ['intakes', i, 'windowTo'],
					message: 'placement.settings.windowOrder'
				});
			}
		});
		if (s.reminderDays >= s.responseDays) {
			ctx.addIssue({
				code: 'custom',
				path: ['reminderDays'],
				message: 'placement.settings.reminderAfterDeadline'
			});
		}
	});

export type PlacementSettings = z.output<typeof zPlacementSettings>;

export const DEFAULT_PLACEMENT_SETTINGS: PlacementSettings = zPlacementSettings.parse({});

/** The tie-break of an intake: the municipality's rule, else registration time (status quo). */
export function tieBreakOf(settings: PlacementSettings, intake: string): TieBreak {
	return settings.intakes.find((r) => r.intake === intake)?.tieBreak ?? 'registration';
}
