/**
 * Field-by-field checks shared by the derived submit schema and the validate functions.
 * Each field's draft schema is built once per FieldDef (definitions are module constants).
 */
import type { z } from 'zod';
import { toIssues } from '../../domain/issues';
import type { Answers, FieldDef, Issue } from '../types';
import { draftFieldSchema, savedFieldSchema } from './field-schemas';
import { submitFieldIssue } from './submit-checks';

const schemas = new WeakMap<FieldDef, z.ZodType>();
const savedSchemas = new WeakMap<FieldDef, z.ZodType>();

/** The field's well-formed shape (draftFieldSchema), built once. */
export function schemaOf(field: FieldDef): z.ZodType {
	let schema = schemas.get(field);
	if (!schema) {
		schema = draftFieldSchema(field);
		schemas.set(field, schema);
	}
	return schema;
}

/** What a saved draft may hold for the field (savedFieldSchema), built once. */
export function savedSchemaOf(field: FieldDef): z.ZodType {
	let schema = savedSchemas.get(field);
	if (!schema) {
		schema = savedFieldSchema(field);
		savedSchemas.set(field, schema);
	}
	return schema;
}

export function isPlainObject(value: unknown): value is Answers {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueOf(answers: Answers, name: string): unknown {
	return Object.hasOwn(answers, name) ? answers[name] : undefined;
}

/** Draft-shape issues of these fields' values, with the field name leading each path. */
export function draftIssuesOf(fields: readonly FieldDef[], answers: Answers): Issue[] {
	return fields.flatMap((field) => {
		const value = valueOf(answers, field.name);
		if (value === undefined) {
			return [];
		}
		const parsed = schemaOf(field).safeParse(value);
		return parsed.success
			? []
			: toIssues(parsed.error).map((i) => ({
					path: i.path === '' ? field.name : `${field.name}.${i.path}`,
					message: i.message
				}));
	});
}

/** The values of these fields that have the right shape, as parsed (trimmed). */
export function shapedValues(fields: readonly FieldDef[], answers: Answers): Answers {
	const entries: [string, unknown][] = [];
	for (const field of fields) {
		const value = valueOf(answers, field.name);
		if (value === undefined) {
			continue;
		}
		const parsed = schemaOf(field).safeParse(value);
		if (parsed.success) {
			entries.push([field.name, parsed.data]);
		}
	}
	return Object.fromEntries(entries);
}

/**
 * Submission issues of shown fields: required and ranges. A value of the wrong shape is
 * left to the draft check, so a field gets one message, not two.
 */
export function submitIssuesOf(shown: readonly FieldDef[], answers: Answers): Issue[] {
	const issues: Issue[] = [];
	for (const field of shown) {
		const value = valueOf(answers, field.name);
		const parsed = value === undefined ? undefined : schemaOf(field).safeParse(value);
		if (parsed && !parsed.success) {
			continue;
		}
		const message = submitFieldIssue(field, parsed?.data);
		if (message) {
			issues.push({ path: field.name, message });
		}
	}
	return issues;
}

const fieldOfPath = (path: string) => path.split('.')[0] ?? '';

/**
 * Issue groups merged in order of precedence: exact repeats dropped, and a later group says
 * nothing about a field an earlier group already spoke about (one message per problem).
 */
export function mergeIssues(...groups: Issue[][]): Issue[] {
	const merged: Issue[] = [];
	const seen = new Set<string>();
	for (const group of groups) {
		const spoken = new Set(merged.map((i) => fieldOfPath(i.path)));
		for (const issue of group) {
			const key = `${issue.path}\u0000${issue.message}`;
			if (!seen.has(key) && !spoken.has(fieldOfPath(issue.path))) {
				seen.add(key);
				merged.push(issue);
			}
		}
	}
	return merged;
}
