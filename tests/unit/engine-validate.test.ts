import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	defineService,
	emptyValue,
	localized,
	maxItemsOf,
	resolveOptions,
	taskList,
	validateAll,
	validateStep,
	visibleFields,
	visibleSteps,
	withoutHidden
} from '../../src/lib/services/engine';
import type { FieldDef, MunicipalContext } from '../../src/lib/services/types';
import {
	COMPLETE_PET,
	defaultPetSettings,
	petRegistration,
	type PetSettings
} from '../fixtures/services/pet-registration/definition';

const context = (settings?: PetSettings): MunicipalContext<PetSettings> => ({
	municipalityId: 'riga',
	institutionIds: new Set(),
	settings,
	today: '2026-06-01'
});
const rigaBreeds: PetSettings = {
	breeds: [{ value: 'mixed', label: { lv: 'Jaukta', en: 'Mixed' } }]
};

describe('a definition built with defineService', () => {
	it('derives a strict draft schema: every field optional, unknown keys refused', () => {
		expect(petRegistration.draftSchema.safeParse({}).success).toBe(true);
		expect(petRegistration.draftSchema.safeParse({ dogName: ' Rekss ' }).data).toEqual({
			dogName: 'Rekss'
		});
		expect(petRegistration.draftSchema.safeParse({ owner: 'x' }).success).toBe(false);
		// A phone number still being typed is kept in a draft; submission wants it whole.
		expect(petRegistration.draftSchema.safeParse({ ownerPhone: '123' }).success).toBe(true);
		expect(petRegistration.draftSchema.safeParse({ ownerPhone: 123 }).success).toBe(false);
		expect(petRegistration.submitSchema.safeParse({ ownerPhone: '123' }).success).toBe(false);
	});

	it('accepts the complete application at submission and names each missing field', () => {
		expect(petRegistration.submitSchema.safeParse(COMPLETE_PET).success).toBe(true);
		const { dogName: _, truthful: __, ...partial } = COMPLETE_PET;
		const issues = validateAll(petRegistration, { ...partial, truthful: false }, null);
		expect(issues).toEqual([
			{ path: 'dogName', message: 'field.required' },
			{ path: 'truthful', message: 'consent.required' }
		]);
	});

	it('asks a conditional field only while its condition holds', () => {
		const noChip = { ...COMPLETE_PET, chipped: 'no', chipNumber: '' };
		expect(validateAll(petRegistration, noChip, context())).toEqual([]);
		expect(validateAll(petRegistration, { ...noChip, chipped: 'yes' }, context())).toEqual([
			{ path: 'chipNumber', message: 'field.required' }
		]);
		// A hidden field keeps its draft shape: junk there is still refused.
		expect(validateAll(petRegistration, { ...noChip, chipNumber: 7 }, null)).toEqual([
			{ path: 'chipNumber', message: 'field.invalid' }
		]);
	});

	it('refuses a definition with a field name used twice', () => {
		const f: FieldDef = { name: 'a', kind: 'text', label: { lv: 'A', en: 'A' } };
		expect(() =>
			defineService({
				...petRegistration,
				id: 'twice',
				steps: [{ id: 's', title: f.label, fields: [f, f] }]
			})
		).toThrow(/used twice/);
	});
});

describe('municipal data', () => {
	it('takes options from the settings list, with the defaults when none are given', () => {
		const breed = petRegistration.steps[1]!.fields[1]!;
		expect(resolveOptions(breed, context(rigaBreeds)).map((o) => o.value)).toEqual(['mixed']);
		expect(resolveOptions(breed, null)).toEqual([]);
		expect(validateAll(petRegistration, COMPLETE_PET, context(rigaBreeds))).toEqual([
			{ path: 'breed', message: 'choice.unknown' }
		]);
		expect(validateAll(petRegistration, COMPLETE_PET, context())).toEqual([]);
	});

	it('skips malformed settings entries rather than trusting them', () => {
		const breed = petRegistration.steps[1]!.fields[1]!;
		const odd = { breeds: [{ value: 'a' }, null, { value: 'b', label: { lv: 'B', en: 'B' } }] };
		const ctx = { ...context(), settings: odd as unknown as PetSettings };
		expect(resolveOptions(breed, ctx).map((o) => o.value)).toEqual(['b']);
	});

	it('lists institutions of the wanted kinds, named when the facts carry names', () => {
		const f: FieldDef = {
			name: 'school',
			kind: 'choice',
			label: { lv: 'S', en: 'S' },
			options: { from: 'institutions', kinds: ['school'] }
		};
		const ctx: MunicipalContext = {
			municipalityId: 'riga',
			institutionIds: new Set(['a', 'b']),
			institutions: [
				{ id: 'a', kind: 'preschool' },
				{ id: 'b', kind: 'school', name: { lv: 'Skola', en: 'School' } }
			],
			today: '2026-06-01'
		};
		expect(resolveOptions(f, ctx)).toEqual([{ value: 'b', label: { lv: 'Skola', en: 'School' } }]);
	});

	it('reads a list limit from a number or a settings key', () => {
		const ranked: FieldDef = {
			name: 'choices',
			kind: 'rankedChoice',
			label: { lv: 'C', en: 'C' },
			options: {
				from: 'static',
				options: ['a', 'b', 'c'].map((v) => ({ value: v, label: { lv: v, en: v } }))
			},
			maxItems: { setting: 'maxChoices' }
		};
		const ctx = (maxChoices: unknown): MunicipalContext => ({
			...context(),
			settings: { maxChoices }
		});
		expect(maxItemsOf(ranked, ctx(3))).toBe(3);
		expect(maxItemsOf(ranked, ctx('3'))).toBeNull();
		expect(maxItemsOf({ ...ranked, maxItems: 2 }, null)).toBe(2);
		const def = defineService({
			id: 'ranked',
			title: ranked.label,
			workflow: petRegistration.workflow,
			summary: () => '',
			settingsSchema: z.object({ maxChoices: z.number() }),
			defaultSettings: { maxChoices: 2 },
			checkMunicipalRules: () => [],
			steps: [{ id: 's', title: ranked.label, fields: [ranked] }]
		});
		expect(validateAll(def, { choices: ['a', 'b', 'c'] }, ctx(2))).toEqual([
			{ path: 'choices', message: 'list.tooMany' }
		]);
		expect(validateAll(def, { choices: ['a', 'b', 'c'] }, ctx(3))).toEqual([]);
		expect(validateAll(def, { choices: ['a', 'x'] }, ctx(3))).toEqual([
			{ path: 'choices', message: 'choice.unknown' }
		]);
	});
});

describe('steps', () => {
	it('validates a step in draft mode (shapes) and submit mode (required, rules of its fields)', () => {
		const answers = { ownerPhone: '2612', dogName: 'Rekss', vaccinationDate: '2099-01-01' };
		expect(validateStep(petRegistration, 'owner', answers, null, 'draft')).toEqual([
			{ path: 'ownerPhone', message: 'field.phone' }
		]);
		expect(validateStep(petRegistration, 'dog', answers, context(), 'draft')).toEqual([]);
		expect(validateStep(petRegistration, 'dog', answers, context(), 'submit')).toEqual([
			{ path: 'breed', message: 'field.required' },
			{ path: 'chipped', message: 'field.required' },
			{ path: 'vaccinationDate', message: 'date.future' }
		]);
		expect(validateStep(petRegistration, 'nope', answers, null, 'submit')).toEqual([]);
	});

	it('reports a field once: the shape message wins over the rules and context checks', () => {
		const answers = { ...COMPLETE_PET, vaccinationDate: '2099-02-30' };
		expect(validateAll(petRegistration, answers, context())).toEqual([
			{ path: 'vaccinationDate', message: 'date.format' }
		]);
	});

	it('gives each shown step a task list status', () => {
		const statuses = (answers: Record<string, unknown>) =>
			taskList(petRegistration, answers, context()).map((t) => [t.step.id, t.status]);
		expect(statuses({})).toEqual([
			['owner', 'notStarted'],
			['dog', 'notStarted'],
			['declaration', 'notStarted']
		]);
		expect(statuses({ ownerPhone: '26123456', dogName: 'Rekss', truthful: false })).toEqual([
			['owner', 'completed'],
			['dog', 'inProgress'],
			['declaration', 'notStarted']
		]);
		expect(statuses(COMPLETE_PET).every(([, s]) => s === 'completed')).toBe(true);
	});

	it('keeps a step of optional fields "not started" until the person has been through it', () => {
		const def = defineService({
			...petRegistration,
			id: 'optional-contact',
			steps: [
				{
					id: 'contact',
					title: { lv: 'Saziņa', en: 'Contact' },
					fields: [{ ...petRegistration.steps[0]!.fields[1]!, required: false }]
				},
				...petRegistration.steps.slice(1)
			]
		});
		const contact = (answers: Record<string, unknown>, visited?: ReadonlySet<string>) =>
			taskList(def, answers, context(), visited)[0]?.status;
		// The server's view (no visits known): nothing to do there, so done.
		expect(contact({})).toBe('completed');
		// The form's view: not until "continue" was pressed on it, or something was answered.
		expect(contact({}, new Set())).toBe('notStarted');
		expect(contact({}, new Set(['dog']))).toBe('notStarted');
		expect(contact({}, new Set(['contact']))).toBe('completed');
		expect(contact({ ownerEmail: 'a@b.lv' }, new Set())).toBe('completed');
		// A visit never hides something to fix.
		expect(contact({ ownerEmail: 'not mail' }, new Set(['contact']))).toBe('inProgress');
	});

	it('hides whole steps and the fields of a hidden step', () => {
		const def = defineService({
			...petRegistration,
			id: 'stepped',
			steps: [
				petRegistration.steps[0]!,
				{ ...petRegistration.steps[1]!, showWhen: (a) => a.ownerEmail !== undefined }
			]
		});
		expect(visibleSteps(def, {}).map((s) => s.id)).toEqual(['owner']);
		expect(visibleSteps(def, { ownerEmail: '' }).map((s) => s.id)).toEqual(['owner', 'dog']);
		expect(visibleFields(def.steps[1]!, {})).toEqual([]);
		expect(withoutHidden(def, { ownerPhone: '1', dogName: 'x', extra: 1 })).toEqual({
			ownerPhone: '1',
			extra: 1
		});
	});

	it('drops answers hidden behind a hidden field, however long the chain', () => {
		const text = (name: string, showWhen?: FieldDef['showWhen']): FieldDef => ({
			name,
			kind: 'text',
			label: { lv: name, en: name },
			showWhen
		});
		const def = defineService({
			...petRegistration,
			id: 'chain',
			steps: [
				{
					id: 's',
					title: { lv: 's', en: 's' },
					fields: [
						text('a'),
						text('b', (x) => x.a === 'yes'),
						text('c', (x) => x.b === 'yes'),
						text('d', (x) => x.c === 'yes')
					]
				}
			]
		});
		const all = { a: 'no', b: 'yes', c: 'yes', d: 'yes' };
		expect(withoutHidden(def, all)).toEqual({ a: 'no' });
		expect(visibleSteps(def, all)).toHaveLength(1);
	});
});

describe('small helpers', () => {
	it('knows each kind’s empty value and picks the language', () => {
		const f = (kind: FieldDef['kind']): FieldDef => ({
			name: 'x',
			kind,
			label: { lv: '', en: '' }
		});
		expect(
			['text', 'rankedChoice', 'file', 'consent', 'mapPoint'].map((k) =>
				emptyValue(f(k as FieldDef['kind']))
			)
		).toEqual(['', [], [], false, null]);
		expect(localized({ lv: 'Suns', en: 'Dog' }, 'en')).toBe('Dog');
		expect(defaultPetSettings.breeds.length).toBeGreaterThan(0);
	});
});
