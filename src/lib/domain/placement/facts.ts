import { z } from 'zod';
import { zCalendarDate } from '../calendar';

/**
 * The facts a priority rule may look at (issue 16 item 2), each with the kind of value it
 * carries. Facts are data gathered before a run (registers, the application, a commission's
 * decision), each dated: a rule sees the latest fact of a name dated on or before the run date.
 * Sibling and staff facts name the institution they hold at; a rule reads them at the
 * institution of the programme it ranks for.
 */
export const FACTS = {
	/** The child's declared residence (a municipality or territory code). */
	childResidence: 'text',
	/** A parent's declared residence. */
	parentResidence: 'text',
	siblingEnrolled: 'flag',
	staffChild: 'flag',
	/** An out-of-turn decision of the municipal commission. */
	commissionDecision: 'flag',
	/** Drives the compulsory pre-school year (from the calendar year the child turns 5). */
	birthDate: 'date',
	orphan: 'flag',
	largeFamily: 'flag',
	territorialUnit: 'text',
	/** Grade 10: the entrance or final-exam score, higher is better. */
	examScore: 'number',
	/** When the entry was registered (an ISO instant): the `registration` tie-break. */
	registeredAt: 'instant'
} as const satisfies Record<string, FactKind>;

export type FactKind = 'text' | 'flag' | 'date' | 'number' | 'instant';
export type FactName = keyof typeof FACTS;
/** Facts that hold at one institution. */
export const INSTITUTION_FACTS: readonly FactName[] = ['siblingEnrolled', 'staffChild'];

export function isFactName(name: string): name is FactName {
	return Object.hasOwn(FACTS, name);
}

const zFactName = z.string().refine(isFactName, 'placementEngine.unknownFact');

export const zFact = z
	.strictObject({
		name: zFactName,
		value: z.union([z.string().max(200), z.number().finite(), z.boolean()]),
		asOf: zCalendarDate,
		institution: z.string().min(1).max(100).optional()
	})
	.refine((fact) => valueFits(fact.name, fact.value), {
		message: 'placementEngine.factValue',
		path: ['value']
	});
export type Fact = z.infer<typeof zFact>;

function valueFits(name: FactName, value: string | number | boolean): boolean {
	switch (FACTS[name]) {
		case 'flag':
			return typeof value === 'boolean';
		case 'number':
			return typeof value === 'number';
		case 'date':
			return typeof value === 'string' && zCalendarDate.safeParse(value).success;
		case 'instant':
			return typeof value === 'string' && !Number.isNaN(Date.parse(value));
		case 'text':
			return typeof value === 'string';
	}
}

/**
 * The fact of a name that counts on the run date: dated on or before it, the latest one
 * (ties: the later listed), and for institution facts one held at that institution.
 */
export function factOn(
	facts: readonly Fact[],
	name: FactName,
	runDate: string,
	institution: string | undefined
): Fact | undefined {
	let found: Fact | undefined;
	for (const fact of facts) {
		if (fact.name !== name || fact.asOf > runDate) {
			continue;
		}
		if (INSTITUTION_FACTS.includes(name) && fact.institution !== institution) {
			continue;
		}
		if (found === undefined || fact.asOf >= found.asOf) {
			found = fact;
		}
	}
	return found;
}
