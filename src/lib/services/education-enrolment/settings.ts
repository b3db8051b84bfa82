import { z } from 'zod';
import { settingsText } from '../settings-meta';
import { LEVELS, type Level } from './fields';

/**
 * What each municipality sets for education enrolment. Stored in service_settings, edited on
 * the admin page: onboarding a municipality changes no source file. Scalars carry defaults
 * so settings saved before a key existed still parse.
 */

const zText = z.strictObject({ lv: z.string().min(1).max(300), en: z.string().min(1).max(300) });
// Values are kept in answers and issue paths: short machine words.
const zValue = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/);

const LEVEL_NAMES: Record<Level, { lv: string; en: string }> = {
	preschool: { lv: 'Pirmsskola', en: 'Pre-school' },
	grade1: { lv: '1. klase', en: 'Grade 1' },
	transfer: { lv: 'Cita klase (pāriešana)', en: 'Another grade (transfer)' },
	grade10: { lv: '10. klase', en: 'Grade 10' }
};

const zOption = z.strictObject({
	value: zValue.meta(
		settingsText('Kods', 'Code', {
			lv: 'Latīņu burti un cipari bez atstarpēm; paliek pieteikumos, tāpēc nemainiet to.',
			en: 'Latin letters and digits, no spaces; kept in applications, so do not change it.'
		})
	),
	label: zText.meta(settingsText('Nosaukums', 'Name')),
	hint: zText
		.optional()
		.meta(settingsText('Paskaidrojums (nav obligāts)', 'Explanation (optional)'))
});

/** A programme; `levels` limits it to some levels (absent = offered for every level). */
export const zProgramme = zOption.extend({
	levels: z
		.array(z.enum(LEVELS))
		.min(1)
		.max(LEVELS.length)
		.optional()
		.meta({
			...settingsText('Izglītības pakāpes', 'Levels', {
				lv: 'Ja neviena nav atzīmēta, programma ir visām pakāpēm.',
				en: 'If none is ticked, the programme is for every level.'
			}),
			optionLabels: LEVEL_NAMES
		})
});

/** A priority ground the applicant may claim, and whether it needs a document as proof. */
export const zPriorityGroup = zOption.extend({
	requiresProof: z
		.boolean()
		.meta(settingsText('Jāpievieno apliecinošs dokuments', 'A supporting document is required'))
});

const distinctValues = <T extends { value: string }>(list: T[]) =>
	new Set(list.map((o) => o.value)).size === list.length;

export const zEnrolmentSettings = z.object({
	/** How many institutions one application may rank (Liepāja: 3). */
	maxChoices: z
		.number()
		.int()
		.min(1)
		.max(20)
		.default(3)
		.meta(settingsText('Cik iestādes drīkst izvēlēties', 'How many institutions may be chosen')),
	/** Whether a child whose declared residence is elsewhere may apply here. */
	allowNonResidents: z
		.boolean()
		.default(true)
		.meta(
			settingsText(
				'Var pieteikt arī bērnus, kuru deklarētā dzīvesvieta ir citur',
				'Children whose declared residence is elsewhere may apply too'
			)
		),
	/** Youngest age for pre-school, in months (1.5 years in the municipalities modelled). */
	minPreschoolAgeMonths: z
		.number()
		.int()
		.min(0)
		.max(84)
		.default(18)
		.meta(
			settingsText('Mazākais vecums pirmsskolā, mēnešos', 'Youngest age for pre-school, in months')
		),
	/**
	 * Whether children in compulsory pre-school (from the calendar year they turn 5) come
	 * first; worked out from the birth date, never claimed (Rīga's queue: "5 gadi").
	 */
	age5Priority: z
		.boolean()
		.default(true)
		.meta(
			settingsText(
				'Priekšroka bērniem obligātajā pirmsskolas vecumā (no 5 gadiem)',
				'Priority for children of compulsory pre-school age (from 5)'
			)
		),
	programmes: z
		.array(zProgramme)
		.min(1)
		.max(50)
		.refine(distinctValues, 'settings.duplicate')
		.meta(settingsText('Izglītības programmas', 'Education programmes')),
	languages: z
		.array(zOption)
		.min(1)
		.max(20)
		.refine(distinctValues, 'settings.duplicate')
		.meta(settingsText('Mācību valodas', 'Languages of instruction')),
	priorityGroups: z
		.array(zPriorityGroup)
		.max(30)
		.refine(distinctValues, 'settings.duplicate')
		.meta(
			settingsText('Priekšrocību grupas', 'Priority groups', {
				lv: 'Secībā, kādā tās dod priekšroku rindā.',
				en: 'In the order in which they give priority in the queue.'
			})
		)
});

export type EnrolmentSettings = z.infer<typeof zEnrolmentSettings>;
export type PriorityGroup = z.infer<typeof zPriorityGroup>;
export type Programme = z.infer<typeof zProgramme>;
