import { describe, expect, it } from 'vitest';
import { toIssues } from '../../src/lib/domain/issues';
import { validateAll, validateStep } from '../../src/lib/services/engine';
import { listServices } from '../../src/lib/services/registry';
import type { FieldKind } from '../../src/lib/services/types';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import { PRESCHOOL, RIGA } from './enrolment-fixture';

/**
 * A saved draft takes what the form can still show as unfinished (issue 13 item 5): the
 * draft schema checks types and lengths only, so autosave of `roberts@` or of a personal
 * code with a wrong check digit is never refused by the server; the field's own message
 * comes from the step check, and submission refuses at the field.
 */
const HALF_TYPED: Record<FieldKind, unknown> = {
	email: 'roberts@',
	phone: '+371 26',
	number: '12,',
	date: '2027-09-',
	personalCode: '121219-22341',
	registrationNumber: '4000352',
	text: 'x',
	longText: 'x',
	choice: '',
	multiChoice: [],
	rankedChoice: [],
	address: null,
	mapPoint: null,
	file: [],
	consent: false
};
const FORMATTED: readonly FieldKind[] = [
	'email',
	'phone',
	'number',
	'date',
	'personalCode',
	'registrationNumber'
];

describe('the draft schema of every service is lenient on format', () => {
	const fields = listServices().flatMap((def) =>
		def.steps.flatMap((step) =>
			step.fields.filter((f) => FORMATTED.includes(f.kind)).map((f) => ({ def, step, field: f }))
		)
	);

	it('covers each formatted kind somewhere', () => {
		expect(new Set(fields.map((f) => f.field.kind))).toEqual(new Set(FORMATTED));
	});

	it.each(fields.map((f) => [`${f.def.id}.${f.field.name}`, f] as const))(
		'%s: a half-typed value is saved, and the step and submission refuse it at the field',
		(_, { def, step, field }) => {
			const answers = { [field.name]: HALF_TYPED[field.kind] };
			expect(def.draftSchema.safeParse(answers).success).toBe(true);
			const atStep = validateStep(def, step.id, answers, null, 'submit');
			expect(atStep.find((i) => i.path === field.name)?.message).not.toMatch(/required/);
			const submitted = def.submitSchema.safeParse(answers);
			expect(submitted.success).toBe(false);
			const issue = toIssues(submitted.error!).find((i) => i.path === field.name);
			expect(issue?.message).toBeDefined();
			expect(issue?.message).not.toBe('field.required');
		}
	);

	it('still refuses a wrong type, an overlong value and a key that is no field', () => {
		const def = educationEnrolmentFull;
		expect(def.draftSchema.safeParse({ applicantEmail: 42 }).success).toBe(false);
		expect(def.draftSchema.safeParse({ applicantEmail: 'a'.repeat(255) }).success).toBe(false);
		expect(def.draftSchema.safeParse({ childPersonalCode: '1'.repeat(21) }).success).toBe(false);
		expect(def.draftSchema.safeParse({ nope: 'x' }).success).toBe(false);
	});

	it('keeps the enrolment checks whole at submission', () => {
		const issues = validateAll(
			educationEnrolmentFull,
			{ ...PRESCHOOL, applicantEmail: 'roberts@', childPersonalCode: '121219-22341' },
			RIGA
		);
		expect(issues).toContainEqual({ path: 'applicantEmail', message: 'field.email' });
		expect(issues).toContainEqual({
			path: 'childPersonalCode',
			message: 'personalCode.checksum'
		});
	});
});
