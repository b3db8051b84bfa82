/**
 * Generic checks that need the municipality's data, for every service alike: a choice names
 * one of this municipality's options, and a list is no longer than its limit here.
 */
import type { Answers, EServiceDefinition, FieldDef, Issue, MunicipalContext } from '../types';
import { maxItemsOf, resolveOptions } from './options';

/** The context with the service's default settings when the caller had none to give. */
export function withDefaultSettings<S>(
	def: EServiceDefinition<S>,
	context: MunicipalContext<S>
): MunicipalContext<S> {
	return context.settings === undefined ? { ...context, settings: def.defaultSettings } : context;
}

function chosenValues(field: FieldDef, value: unknown): string[] {
	if (field.kind === 'choice') {
		return typeof value === 'string' && value !== '' ? [value] : [];
	}
	if (field.kind === 'multiChoice' || field.kind === 'rankedChoice') {
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	}
	return [];
}

/**
 * Issues of the given fields' values against the municipality's data. Expects values of
 * the right draft shape (callers pass only those).
 */
export function contextIssues<S>(
	fields: readonly FieldDef[],
	answers: Answers,
	context: MunicipalContext<S>
): Issue[] {
	const issues: Issue[] = [];
	for (const field of fields) {
		const value = answers[field.name];
		const chosen = chosenValues(field, value);
		if (chosen.length === 0) {
			continue;
		}
		if (field.options) {
			const known = new Set(resolveOptions(field, context).map((o) => o.value));
			if (chosen.some((v) => !known.has(v))) {
				issues.push({ path: field.name, message: 'choice.unknown' });
				continue;
			}
		}
		const limit = maxItemsOf(field, context);
		if (field.kind !== 'choice' && limit !== null && chosen.length > limit) {
			issues.push({ path: field.name, message: 'list.tooMany' });
		}
	}
	return issues;
}
