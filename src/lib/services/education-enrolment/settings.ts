import { z } from 'zod';
import { LEVELS } from './fields';

/**
 * What each municipality sets for education enrolment. Stored in service_settings, edited on
 * the admin page: onboarding a municipality changes no source file. Scalars carry defaults
 * so settings saved before a key existed still parse.
 */

const zText = z.strictObject({ lv: z.string().min(1).max(300), en: z.string().min(1).max(300) });
// Values are kept in answers and issue paths: short machine words.
const zValue = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/);

const zOption = z.strictObject({ value: zValue, label: zText, hint: zText.optional() });

/** A programme; `levels` limits it to some levels (absent = offered for every level). */
export const zProgramme = zOption.extend({
	levels: z.array(z.enum(LEVELS)).min(1).max(LEVELS.length).optional()
});

/** A priority ground the applicant may claim, and whether it needs a document as proof. */
export const zPriorityGroup = zOption.extend({ requiresProof: z.boolean() });

const distinctValues = <T extends { value: string }>(list: T[]) =>
	new Set(list.map((o) => o.value)).size === list.length;

export const zEnrolmentSettings = z.object({
	/** How many institutions one application may rank (Liepāja: 3). */
	maxChoices: z.number().int().min(1).max(20).default(3),
	/** Whether a child whose declared residence is elsewhere may apply here. */
	allowNonResidents: z.boolean().default(true),
	/** Youngest age for pre-school, in months (1.5 years in the municipalities modelled). */
	minPreschoolAgeMonths: z.number().int().min(0).max(84).default(18),
	/**
	 * Whether children in compulsory pre-school (from the calendar year they turn 5) come
	 * first; worked out from the birth date, never claimed (Rīga's queue: "5 gadi").
	 */
	age5Priority: z.boolean().default(true),
	programmes: z.array(zProgramme).min(1).max(50).refine(distinctValues, 'settings.duplicate'),
	languages: z.array(zOption).min(1).max(20).refine(distinctValues, 'settings.duplicate'),
	priorityGroups: z.array(zPriorityGroup).max(30).refine(distinctValues, 'settings.duplicate')
});

export type EnrolmentSettings = z.infer<typeof zEnrolmentSettings>;
export type PriorityGroup = z.infer<typeof zPriorityGroup>;
export type Programme = z.infer<typeof zProgramme>;
