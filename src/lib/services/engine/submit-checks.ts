/**
 * What submission adds to a shown field whose draft shape is already right: a required
 * field must be answered, and a number must be within its range. Municipal data (known
 * options, list limits) is checked in context-checks.ts, with the context.
 */
import type { FieldDef } from '../types';
import { parseDecimal } from './formats';

/** Whether a (draft-shaped) value counts as not answered. */
export function isEmptyAnswer(value: unknown): boolean {
	if (value === undefined || value === null || value === false) {
		return true;
	}
	if (typeof value === 'string') {
		return value.trim() === '';
	}
	if (Array.isArray(value)) {
		return value.length === 0;
	}
	if (typeof value === 'object' && 'text' in value) {
		return typeof value.text !== 'string' || value.text.trim() === '';
	}
	return false;
}

function requiredMessage(field: FieldDef): string {
	switch (field.kind) {
		case 'file':
			return 'file.required';
		case 'consent':
			return 'consent.required';
		default:
			return 'field.required';
	}
}

/** The message key of what is wrong with a shown field at submission, or null. */
export function submitFieldIssue(field: FieldDef, value: unknown): string | null {
	if (isEmptyAnswer(value)) {
		return field.required ? requiredMessage(field) : null;
	}
	if (field.kind === 'number') {
		const number = parseDecimal(value);
		if (number !== null && field.min !== undefined && number < field.min) {
			return 'number.tooSmall';
		}
		if (number !== null && field.max !== undefined && number > field.max) {
			return 'number.tooBig';
		}
	}
	return null;
}
