import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENROLMENT_DEMO_SETTINGS } from '../../src/lib/services/education-enrolment/demo-settings';
import { educationEnrolmentFull } from '../../src/lib/services/education-enrolment/definition';
import {
	taskList,
	validateAll,
	validateStep,
	visibleFields,
	visibleSteps,
	withoutHidden
} from '../../src/lib/services/engine';
import type { Answers, FieldDef } from '../../src/lib/services/types';
import {
	codeBornOn,
	contextFor,
	FILE_ID,
	INSTITUTIONS,
	NEW_FORM_CODE,
	PRESCHOOL
} from './enrolment-fixture';

const def = educationEnrolmentFull;
const fields = def.steps.flatMap((s) => s.fields);
const contexts = [null, ...Object.keys(ENROLMENT_DEMO_SETTINGS).map((m) => contextFor(m))];

// Values near the rules' edges: birth dates either side of 1.5 years, 5, 6, 7, 8 and 14.
const DATES = ['', '2026-05-03', '2026-05-04', '2026-09-01', '2024-11-04', '2024-11-05'];
const BIRTHS = ['2025-03-01', '2024-11-05', '2021-12-31', '2020-01-01', '2019-06-01', '2012-02-02'];
const CODES = ['', NEW_FORM_CODE, ...BIRTHS.map((b) => codeBornOn(b))];
const settingValues = Object.values(ENROLMENT_DEMO_SETTINGS).flatMap((s) => [
	...s.programmes.map((p) => p.value),
	...s.languages.map((l) => l.value),
	...s.priorityGroups.map((g) => g.value)
]);

function valuesOf(field: FieldDef): string[] {
	if (field.options?.from === 'static') {
		return [...field.options.options.map((o) => o.value), 'other'];
	}
	if (field.options?.from === 'institutions') {
		return [...INSTITUTIONS.map((i) => i.id), 'elsewhere'];
	}
	return [...new Set(settingValues)];
}

/** A value of the right draft shape for the field (the rules' and schema's domain). */
function shaped(field: FieldDef): fc.Arbitrary<unknown> {
	switch (field.kind) {
		case 'personalCode':
			return fc.constantFrom(...CODES);
		case 'date':
			return fc.constantFrom(...DATES, ...BIRTHS);
		case 'phone':
			return fc.constantFrom('', '26123456', '+371 2612 3456');
		case 'email':
			return fc.constantFrom('', 'a@example.lv');
		case 'text':
			return fc.string({ maxLength: 12 });
		case 'choice':
			return fc.constantFrom('', ...valuesOf(field));
		case 'multiChoice':
		case 'rankedChoice':
			return fc.uniqueArray(fc.constantFrom(...valuesOf(field)), { maxLength: 7 });
		case 'file':
			return fc.constantFrom([], [FILE_ID]);
		case 'consent':
			return fc.boolean();
		case 'address':
			return fc.option(fc.record({ text: fc.string({ maxLength: 20 }) }), { nil: null });
		default:
			return fc.constant('');
	}
}

const shapedAnswers: fc.Arbitrary<Answers> = fc.record(
	Object.fromEntries(fields.map((f) => [f.name, shaped(f)])),
	{ requiredKeys: [] }
);
// Half the runs start from a complete application, so the deeper rules are reached.
const answers = fc.oneof(
	shapedAnswers,
	shapedAnswers.map((a) => ({ ...PRESCHOOL, ...a }))
);
const context = fc.constantFrom(...contexts);

describe('enrolment under any answers', () => {
	it('validateAll, validateStep and taskList never throw, whatever is stored', () => {
		const junk = fc.oneof(
			fc.anything(),
			fc.dictionary(fc.constantFrom(...fields.map((f) => f.name), '__proto__'), fc.anything())
		);
		fc.assert(
			fc.property(junk, context, (value, ctx) => {
				const stored = value as Answers;
				validateAll(def, stored, ctx);
				taskList(def, stored, ctx);
				for (const step of def.steps) {
					validateStep(def, step.id, stored, ctx, 'submit');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('hidden answers never block: the verdict is that of the answers without them', () => {
		fc.assert(
			fc.property(answers, context, (a, ctx) => {
				const shown = withoutHidden(def, a);
				expect(validateAll(def, a, ctx)).toEqual(validateAll(def, shown, ctx));
			}),
			{ numRuns: 400 }
		);
	});

	it('every issue of well-shaped answers names a shown field', () => {
		fc.assert(
			fc.property(answers, context, (a, ctx) => {
				const kept = withoutHidden(def, a);
				const shown = visibleSteps(def, kept).flatMap((s) =>
					visibleFields(s, kept).map((f) => f.name)
				);
				for (const issue of validateAll(def, a, ctx)) {
					expect(shown).toContain(issue.path.split('.')[0]);
				}
			}),
			{ numRuns: 400 }
		);
	});
});
