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

/**
 * The admin's form for one rule set version (issue 16 item 1): groups as one fact test each,
 * the tie-break and the application windows. Only the form is built from this schema; what is
 * saved is parsed by the engine's `zRuleSet` (server/placement/rule-sets.service.ts), which
 * refuses an unknown fact, overlapping windows or a group twice at its field.
 */
export const RULE_FACTS = [
	'commissionDecision',
	'birthDate',
	'siblingEnrolled',
	'staffChild',
	'childResidence',
	'parentResidence',
	'territorialUnit',
	'orphan',
	'largeFamily',
	'examScore'
] as const;

export const zRuleSetForm = z.object({
	intake: zIntakeRule.shape.intake,
	validFrom: zDay.meta(text('Spēkā no', 'Valid from')),
	tieBreak: zIntakeRule.shape.tieBreak,
	windows: z
		.array(
			z.object({
				from: zDay.meta(text('No', 'From')),
				to: zDay.meta(text('Līdz', 'To'))
			})
		)
		.max(12)
		.meta(text('Pieteikšanās periodi', 'Application windows')),
	groups: z
		.array(
			z.object({
				name: z.string().meta(text('Grupas nosaukums', 'Group name')),
				fact: z.enum(RULE_FACTS).meta({
					...text('Fakts', 'Fact'),
					optionLabels: {
						commissionDecision: { lv: 'Komisijas lēmums', en: 'Commission decision' },
						birthDate: { lv: 'Dzimšanas datums (vecums)', en: 'Birth date (age)' },
						siblingEnrolled: {
							lv: 'Brālis vai māsa mācās šajā iestādē',
							en: 'A sibling attends this institution'
						},
						staffChild: {
							lv: 'Vecāks strādā šajā iestādē',
							en: 'A parent works at this institution'
						},
						childResidence: { lv: 'Bērna deklarētā dzīvesvieta', en: 'Child’s declared residence' },
						parentResidence: {
							lv: 'Vecāka deklarētā dzīvesvieta',
							en: 'Parent’s declared residence'
						},
						territorialUnit: { lv: 'Teritoriālā vienība', en: 'Territorial unit' },
						orphan: { lv: 'Bez vecāku gādības', en: 'Without parental care' },
						largeFamily: { lv: 'Daudzbērnu ģimene', en: 'Large family' },
						examScore: { lv: 'Eksāmena vērtējums', en: 'Exam score' }
					}
				}),
				equals: z
					.string()
					.optional()
					.meta(text('Vērtība (teksta faktam)', 'Value (for a text fact)')),
				atLeast: z.number().optional().meta(text('Vismaz (vērtējumam)', 'At least (for a score)')),
				ageInRunYearAtLeast: z
					.number()
					.int()
					.optional()
					.meta(text('Vecums sadales gadā vismaz', 'Age in the run’s year at least'))
			})
		)
		.max(30)
		.meta(text('Prioritāšu grupas, svarīgākā pirmā', 'Priority groups, most important first'))
});
export type RuleSetForm = z.input<typeof zRuleSetForm>;

type FormGroup = RuleSetForm['groups'][number];

/** A stored rule set's groups as the form shows them (a group of all/any is not editable here). */
export function ruleSetToForm(set: {
	intake: string;
	validFrom: string;
	tieBreak: TieBreak;
	windows: { from: string; to: string }[];
	groups: { name: string; when: Record<string, unknown> | object }[];
}): RuleSetForm {
	return {
		intake: set.intake,
		validFrom: set.validFrom,
		tieBreak: set.tieBreak,
		windows: set.windows,
		groups: set.groups.map(({ name, when }) => ({ name, ...(when as Omit<FormGroup, 'name'>) }))
	};
}

/** The form's value as the engine's rule set shape (checked by `zRuleSet` when saved). */
export function ruleSetFromForm(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) {
		return value;
	}
	const form = value as Record<string, unknown>;
	const groups: unknown = form['groups'];
	return {
		...form,
		groups: Array.isArray(groups)
			? (groups as unknown[]).map((g: unknown) => {
					if (typeof g !== 'object' || g === null) {
						return g;
					}
					const { name, ...when } = g as Record<string, unknown>;
					// Empty optional fields are left out, so a flag fact gets no comparison.
					const tests = Object.fromEntries(
						Object.entries(when).filter(([, v]) => v !== undefined && v !== '' && v !== null)
					);
					return { name, when: tests };
				})
			: groups
	};
}

/** An issue of the engine's rule set at the form's field ('groups.1.when.fact' → 'groups.1.fact'). */
export function formPathOf(path: string): string {
	return path.replace(/^groups\.(\d+)\.when(\.|$)/, (_m, i: string, dot: string) =>
		dot === '' ? `groups.${i}.fact` : `groups.${i}.`
	);
}
