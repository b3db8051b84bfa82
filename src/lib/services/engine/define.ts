/**
 * `defineService`: a service module writes its steps and fields; the draft and submit
 * schemas are derived from them, so the browser's form and the server's checks agree.
 */
import { z } from 'zod';
import { toIssues } from '../../domain/issues';
import type { EServiceDefinition, FieldDef, StepDef } from '../types';
import { isPlainObject, savedSchemaOf, schemaOf, submitIssuesOf } from './checks';
import { allFields, shownFieldNames } from './visibility';

// Field names are keys of stored answers and parts of issue paths.
const FIELD_NAME = /^[a-z][A-Za-z0-9]{0,59}$/;

/** A definition's mistakes are the programmer's: refused when the module loads. */
function assertWellFormed(id: string, steps: readonly StepDef[]): void {
	const names = new Set<string>();
	const stepIds = new Set<string>();
	for (const step of steps) {
		if (stepIds.has(step.id)) {
			throw new Error(`${id}: step "${step.id}" defined twice`);
		}
		stepIds.add(step.id);
		for (const field of step.fields) {
			if (!FIELD_NAME.test(field.name) || names.has(field.name)) {
				throw new Error(`${id}: field name "${field.name}" is invalid or used twice`);
			}
			names.add(field.name);
		}
	}
}

/**
 * A strict object of every field, each optional, its value passing the field's schema when
 * present; keys that are no field of the service are refused.
 */
function objectSchemaOf(fields: readonly FieldDef[], schemaOfField: (f: FieldDef) => z.ZodType) {
	const shape = Object.fromEntries(fields.map((field) => [field.name, schemaOfField(field)]));
	return z.strictObject(shape).partial();
}

/** Builds a definition; draftSchema and submitSchema are derived from the steps. */
export function defineService<S>(
	spec: Omit<EServiceDefinition<S>, 'draftSchema' | 'submitSchema'>
): EServiceDefinition<S> {
	assertWellFormed(spec.id, spec.steps);
	const fields = allFields(spec as EServiceDefinition<unknown>);
	// A saved draft may hold values still being typed (only types and lengths are checked);
	// submission wants every present value well formed.
	const draftSchema = objectSchemaOf(fields, savedSchemaOf);
	const wellFormed = objectSchemaOf(fields, schemaOf);
	// A zod schema checks each key on its own, but whether a field is shown depends on its
	// siblings: so the submit schema is one refinement over the whole answers object.
	const submitSchema = z.custom<Record<string, unknown>>().superRefine((answers, ctx) => {
		const draft = wellFormed.safeParse(answers);
		if (!draft.success) {
			const keys = toIssues(draft.error);
			draft.error.issues.forEach((issue, index) => {
				const message = keys[index]?.message ?? 'field.invalid';
				ctx.addIssue({ code: 'custom', message, path: [...issue.path] });
			});
		}
		if (!isPlainObject(answers)) {
			return;
		}
		const shown = shownFieldNames(spec as EServiceDefinition<unknown>, answers);
		const visible = fields.filter((field) => shown.has(field.name));
		for (const issue of submitIssuesOf(visible, answers)) {
			ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
		}
	});
	return { ...spec, draftSchema, submitSchema };
}
