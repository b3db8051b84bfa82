import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
	defineService,
	emptyValue,
	taskList,
	validateAll,
	validateStep,
	withoutHidden
} from '../../src/lib/services/engine';
import type {
	Answers,
	EServiceDefinition,
	FieldDef,
	FieldKind,
	MunicipalContext
} from '../../src/lib/services/types';
import { petRegistration } from '../fixtures/services/pet-registration/definition';

const label = (text: string) => ({ lv: text, en: text });
const abc = {
	from: 'static' as const,
	options: ['a', 'b', 'c'].map((v) => ({ value: v, label: label(v) }))
};
const hidden = (a: Answers, name: string) => Array.isArray(a.hide) && a.hide.includes(name);

/** One required field of every kind, each hidden while its name is in `hide`. */
const KINDS: Record<FieldKind, Partial<FieldDef>> = {
	text: {},
	longText: {},
	email: {},
	phone: {},
	number: { min: 0, max: 100 },
	date: {},
	choice: { options: abc },
	multiChoice: { options: abc, maxItems: 2 },
	rankedChoice: { options: abc },
	personalCode: {},
	registrationNumber: {},
	address: {},
	mapPoint: {},
	file: { maxFiles: 2 },
	consent: {}
};
const kindFields: FieldDef[] = Object.entries(KINDS).map(([kind, extra]) => ({
	name: kind,
	kind: kind as FieldKind,
	label: label(kind),
	required: true,
	showWhen: (a) => !hidden(a, kind),
	...extra
}));
const names = kindFields.map((f) => f.name);
const everyKind = defineService({
	id: 'every-kind',
	title: label('every kind'),
	settingsSchema: z.object({}),
	defaultSettings: {},
	workflow: { states: ['draft', 'submitted'], transitions: [] },
	checkMunicipalRules: () => [],
	summary: () => '',
	steps: [
		{
			id: 'control',
			title: label('control'),
			fields: [
				{
					name: 'hide',
					kind: 'multiChoice',
					label: label('hide'),
					options: { from: 'static', options: names.map((n) => ({ value: n, label: label(n) })) }
				}
			]
		},
		{ id: 'kinds', title: label('kinds'), fields: kindFields },
		{
			id: 'chained',
			title: label('chained'),
			showWhen: (a) => a.choice === 'a',
			fields: [{ name: 'dependent', kind: 'text', label: label('d'), required: true }]
		}
	]
});

const context: MunicipalContext = {
	municipalityId: 'riga',
	institutionIds: new Set(),
	today: '2026-06-01'
};

/** A valid value of each kind (for the fields above). */
const valid: Record<FieldKind, fc.Arbitrary<unknown>> = {
	text: fc.stringMatching(/^[A-Za-zĀ-ž]{1,20}$/),
	longText: fc.stringMatching(/^[a-z ]{0,30}[a-z]$/),
	email: fc.constantFrom('anna@example.lv', 'j.ozols@pasts.example.com'),
	phone: fc.constantFrom('26123456', '+371 6701 2345', '+44 20 7946 0958'),
	number: fc.integer({ min: 0, max: 100 }).map(String),
	date: fc.constantFrom('2024-02-29', '2026-06-01', '1999-12-31'),
	choice: fc.constantFrom('a', 'b', 'c'),
	multiChoice: fc.subarray(['a', 'b', 'c'], { minLength: 1, maxLength: 2 }),
	rankedChoice: fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 1 }),
	personalCode: fc.constantFrom('280817-22341', '32123456789'),
	registrationNumber: fc.constantFrom('40003032949', '40003245752'),
	address: fc.constant({ text: 'Brīvības iela 1, Rīga' }),
	mapPoint: fc.record({
		lat: fc.double({ min: -90, max: 90, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true })
	}),
	file: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 2 }),
	consent: fc.constant(true)
};

/** A complete, valid set of answers with some fields hidden (and maybe the chained step). */
const completeAnswers = fc
	.record({
		values: fc.record(valid as Record<string, fc.Arbitrary<unknown>>),
		hide: fc.subarray(names)
	})
	.map(({ values, hide }) => ({
		...values,
		hide,
		...(values.choice === 'a' && !hide.includes('choice') ? { dependent: 'x' } : {})
	}));

/** Arbitrary JSON keyed mostly by real field names (and a few hostile keys). */
const anyAnswers = fc.dictionary(
	fc.oneof(fc.constantFrom(...names, 'hide', 'dependent', '__proto__', 'constructor'), fc.string()),
	fc.jsonValue(),
	{ maxKeys: 12 }
);

// The engine's functions take any service; the settings type does not matter here.
const definitions = [everyKind, petRegistration] as EServiceDefinition<unknown>[];

describe('engine properties', () => {
	it('never throws on arbitrary JSON (schemas, validation, task list, withoutHidden)', () => {
		fc.assert(
			fc.property(anyAnswers, fc.constantFrom(...definitions), (answers, def) => {
				def.draftSchema.safeParse(answers);
				def.submitSchema.safeParse(answers);
				validateAll(def, answers, context);
				validateAll(def, answers, null);
				taskList(def, answers, context);
				for (const step of def.steps) {
					validateStep(def, step.id, answers, context, 'submit');
				}
				withoutHidden(def, answers);
			}),
			{ numRuns: 300 }
		);
	});

	it('accepts every complete valid answer set', () => {
		fc.assert(
			fc.property(completeAnswers, (answers) => {
				expect(validateAll(everyKind, answers, context)).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('hiding a field never adds a submission issue about it', () => {
		fc.assert(
			fc.property(anyAnswers, fc.constantFrom(...names), (answers, name) => {
				const about = (a: Answers) =>
					validateAll(everyKind, a, context).filter((i) => i.path.split('.')[0] === name);
				const hide = Array.isArray(answers.hide) ? answers.hide.filter((n) => n !== name) : [];
				const shownIssues = about({ ...answers, hide });
				const hiddenIssues = about({ ...answers, hide: [...hide, name] });
				for (const issue of hiddenIssues) {
					expect(shownIssues).toContainEqual(issue);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('withoutHidden is idempotent and removes only the keys of hidden fields', () => {
		fc.assert(
			fc.property(anyAnswers, fc.constantFrom(...definitions), (answers, def) => {
				const kept = withoutHidden(def, answers);
				expect(withoutHidden(def, kept)).toEqual(kept);
				const fieldNames = new Set(def.steps.flatMap((s) => s.fields.map((f) => f.name)));
				for (const key of Object.keys(answers)) {
					if (!Object.hasOwn(kept, key)) {
						expect(fieldNames.has(key)).toBe(true);
					}
				}
				// Nothing kept is hidden: validation of the kept answers asks for the same fields.
				expect(Object.keys(withoutHidden(def, kept))).toEqual(Object.keys(kept));
			}),
			{ numRuns: 300 }
		);
	});

	it('a valid set stays valid whatever a hidden field holds (of the right shape)', () => {
		// Another valid value, the empty value, or (for a choice) an option that does not exist.
		const otherValue = (f: FieldDef) =>
			fc.oneof(
				valid[f.kind],
				fc.constant(emptyValue(f)),
				fc.constant(f.kind === 'choice' ? 'zzz' : emptyValue(f))
			);
		const arb = fc
			.tuple(completeAnswers, fc.constantFrom(...kindFields))
			.chain(([answers, f]) => otherValue(f).map((value) => ({ answers, f, value })));
		fc.assert(
			fc.property(arb, ({ answers, f, value }) => {
				const hide = [...new Set([...answers.hide, f.name])];
				const base = { ...answers, hide, dependent: 'x' };
				expect(validateAll(everyKind, base, context)).toEqual([]);
				expect(validateAll(everyKind, { ...base, [f.name]: value }, context)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});
