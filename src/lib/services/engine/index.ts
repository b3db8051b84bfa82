/**
 * The generic e-service engine: builds a definition from its steps and answers questions
 * about it (what is shown, what is wrong, how far the person is). Pure TypeScript, shared by
 * the browser (renderer, autosave) and the server (sync, queue). Knows no service by name.
 */
import { z } from 'zod';
import type {
	Answers,
	ChoiceOption,
	EServiceDefinition,
	FieldDef,
	Issue,
	LocalizedText,
	MunicipalContext,
	StepDef
} from '../types';

export type TaskStatus = 'notStarted' | 'inProgress' | 'completed';

/** Builds a definition; draftSchema and submitSchema are derived from the steps. */
export function defineService<S>(
	spec: Omit<EServiceDefinition<S>, 'draftSchema' | 'submitSchema'>
): EServiceDefinition<S> {
	return {
		...spec,
		draftSchema: z.record(z.string(), z.unknown()),
		submitSchema: z.record(z.string(), z.unknown())
	};
}

/** Steps (and their fields) shown for these answers, in order. */
export function visibleSteps(def: EServiceDefinition<unknown>, answers: Answers): StepDef[] {
	return def.steps.filter((s) => !s.showWhen || s.showWhen(answers));
}

export function visibleFields(step: StepDef, answers: Answers): FieldDef[] {
	return step.fields.filter((f) => !f.showWhen || f.showWhen(answers));
}

/** Issues for one step ('draft' = shapes only; 'submit' = also required and rules). */
export function validateStep<S>(
	_def: EServiceDefinition<S>,
	_stepId: string,
	_answers: Answers,
	_context: MunicipalContext<S> | null,
	_mode: 'draft' | 'submit'
): Issue[] {
	return [];
}

/** Everything, as at submission: submitSchema + checkMunicipalRules, on visible fields only. */
export function validateAll<S>(
	_def: EServiceDefinition<S>,
	_answers: Answers,
	_context: MunicipalContext<S> | null
): Issue[] {
	return [];
}

export function taskList<S>(
	def: EServiceDefinition<S>,
	answers: Answers,
	_context: MunicipalContext<S> | null
): { step: StepDef; status: TaskStatus; issues: Issue[] }[] {
	return visibleSteps(def as EServiceDefinition<unknown>, answers).map((step) => ({
		step,
		status: 'notStarted',
		issues: []
	}));
}

/** A choice field's options for this municipality (static, institutions, or a settings list). */
export function resolveOptions<S>(
	field: FieldDef,
	_context: MunicipalContext<S> | null
): ChoiceOption[] {
	return field.options?.from === 'static' ? [...field.options.options] : [];
}

/** rankedChoice/multiChoice limit for this municipality, if any. */
export function maxItemsOf<S>(
	field: FieldDef,
	_context: MunicipalContext<S> | null
): number | null {
	return typeof field.maxItems === 'number' ? field.maxItems : null;
}

/** The empty value of a field kind ('' / [] / false / null). */
export function emptyValue(field: FieldDef): unknown {
	switch (field.kind) {
		case 'multiChoice':
		case 'rankedChoice':
		case 'file':
			return [];
		case 'consent':
			return false;
		case 'address':
		case 'mapPoint':
			return null;
		default:
			return '';
	}
}

/** Removes answers of fields that are no longer shown (called before submit). */
export function withoutHidden(_def: EServiceDefinition<unknown>, answers: Answers): Answers {
	return { ...answers };
}

export function localized(text: LocalizedText, lang: 'lv' | 'en'): string {
	return text[lang];
}
