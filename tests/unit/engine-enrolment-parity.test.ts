import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	educationEnrolment,
	MAX_NAME_LENGTH
} from '../../src/lib/services/education-enrolment/definition';
import { defineService, validateAll } from '../../src/lib/services/engine';
import type { FieldDef, MunicipalContext } from '../../src/lib/services/types';

/**
 * Today's enrolment definition has hand-written schemas. Rebuilt from its five fields with
 * defineService, it must give the same verdicts, so moving it onto the engine changes
 * nothing a citizen or the server sees. The rebuild needs only `max` on three fields.
 */
const [given, surname, code, institution, start] = educationEnrolment.steps[0]!.fields as [
	FieldDef,
	FieldDef,
	FieldDef,
	FieldDef,
	FieldDef
];
const rebuilt = defineService({
	id: educationEnrolment.id,
	title: educationEnrolment.title,
	settingsSchema: educationEnrolment.settingsSchema,
	defaultSettings: educationEnrolment.defaultSettings,
	workflow: educationEnrolment.workflow,
	checkMunicipalRules: (fields, ctx) => educationEnrolment.checkMunicipalRules(fields, ctx),
	summary: (fields) => educationEnrolment.summary(fields),
	steps: [
		{
			...educationEnrolment.steps[0]!,
			fields: [
				{ ...given, max: MAX_NAME_LENGTH },
				{ ...surname, max: MAX_NAME_LENGTH },
				code,
				{ ...institution, max: 80 },
				start
			]
		}
	]
});

const context: MunicipalContext = {
	municipalityId: 'riga',
	institutionIds: new Set(['riga-saulite', 'riga-zilite']),
	today: '2026-06-01'
};

const COMPLETE = {
	childGivenName: 'Elza',
	childSurname: 'Bērziņa',
	childPersonalCode: '280817-22341',
	institutionId: 'riga-saulite',
	startDate: '2099-09-01'
};

const pathsOf = (answers: Record<string, unknown>, def = educationEnrolment) =>
	[...new Set(validateAll(def, answers, context).map((i) => i.path))].sort();

function expectSameVerdicts(answers: Record<string, unknown>) {
	expect(rebuilt.draftSchema.safeParse(answers).success).toBe(
		educationEnrolment.draftSchema.safeParse(answers).success
	);
	expect(rebuilt.submitSchema.safeParse(answers).success).toBe(
		educationEnrolment.submitSchema.safeParse(answers).success
	);
	expect(pathsOf(answers, rebuilt)).toEqual(pathsOf(answers));
}

describe('the enrolment form rebuilt with defineService', () => {
	it.each([
		['complete', COMPLETE],
		['empty', {}],
		['blank names', { ...COMPLETE, childGivenName: '  ', childSurname: '' }],
		['names padded with spaces', { ...COMPLETE, childGivenName: '  Elza ' }],
		['name too long', { ...COMPLETE, childSurname: 'x'.repeat(101) }],
		['name at the limit', { ...COMPLETE, childSurname: 'x'.repeat(100) }],
		['bad personal code', { ...COMPLETE, childPersonalCode: '280817-22342' }],
		['new-form personal code', { ...COMPLETE, childPersonalCode: '32123456789' }],
		['unknown institution', { ...COMPLETE, institutionId: 'liepaja-saulite' }],
		['institution id too long', { ...COMPLETE, institutionId: 'x'.repeat(81) }],
		['start date in the past', { ...COMPLETE, startDate: '2020-09-01' }],
		['impossible start date', { ...COMPLETE, startDate: '2099-02-30' }],
		['a number for a name', { ...COMPLETE, childGivenName: 5 }],
		['an unknown field', { ...COMPLETE, petName: 'Rekss' }],
		['null values', { ...COMPLETE, startDate: null }]
	])('%s', (_, answers) => {
		expectSameVerdicts(answers);
	});

	it('agrees on generated answers', () => {
		const value = fc.oneof(
			fc.constantFrom(...Object.values(COMPLETE), '', '   ', '2020-01-01', '310217-22341'),
			fc.string({ maxLength: 12 }),
			fc.string({ minLength: 79, maxLength: 102 }),
			fc.constantFrom(null, 0, true, [], {})
		);
		const answers = fc.record(
			{
				childGivenName: value,
				childSurname: value,
				childPersonalCode: value,
				institutionId: value,
				startDate: value,
				other: value
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(answers, (a) => expectSameVerdicts(a)),
			{ numRuns: 400 }
		);
	});
});
