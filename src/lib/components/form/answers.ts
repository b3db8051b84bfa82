import { formatDay } from '$lib/domain/date-format';
import { localized } from '$lib/services/engine';
import type { ChoiceOption, EServiceDefinition, FieldDef, Issue } from '$lib/services/types';
import { asAddress, asList, asPoint, asText } from './field-values';

type Lang = 'lv' | 'en';

/** The field a message path points into: "choices.1" belongs to "choices". */
export function fieldNameOf(path: string): string {
	return path.split('.')[0] ?? path;
}

export function findField(def: EServiceDefinition, name: string): FieldDef | undefined {
	for (const step of def.steps) {
		const field = step.fields.find((f) => f.name === name);
		if (field) {
			return field;
		}
	}
	return undefined;
}

/** The step that asks this field (for "change" links and issues on the check page). */
export function stepIdOf(def: EServiceDefinition, name: string): string | undefined {
	return def.steps.find((s) => s.fields.some((f) => f.name === name))?.id;
}

export function fieldLabel(def: EServiceDefinition, path: string, lang: Lang): string {
	const field = findField(def, fieldNameOf(path));
	return field ? localized(field.label, lang) : path;
}

/** Issues as the error summary lists them: linked to the field's first input. */
export function summaryErrors(
	def: EServiceDefinition,
	issues: readonly Issue[],
	lang: Lang,
	t: (key: string, params?: Record<string, string | number>) => string
): { field: string; label: string; message: string }[] {
	const seen = new Set<string>();
	return issues.flatMap((issue) => {
		const field = fieldNameOf(issue.path);
		const key = `${field}:${issue.message}`;
		if (seen.has(key)) {
			return [];
		}
		seen.add(key);
		return [
			{ field, label: fieldLabel(def, issue.path, lang), message: t(issue.message, issue.params) }
		];
	});
}

/**
 * An answer as the check page shows it, one line per item (a ranked list in its order).
 * Empty answers give no lines; the page says "not given". Files are named by the page,
 * which knows the attachment rows.
 */
export function answerLines(
	field: FieldDef,
	value: unknown,
	options: readonly ChoiceOption[],
	lang: Lang,
	t: (key: string) => string
): string[] {
	const labelOf = (v: string) => {
		const option = options.find((o) => o.value === v);
		return option ? localized(option.label, lang) : v;
	};
	switch (field.kind) {
		case 'choice':
			return asText(value) ? [labelOf(asText(value))] : [];
		case 'multiChoice':
			return asList(value).map(labelOf);
		case 'rankedChoice':
			return asList(value).map((v, i) => `${i + 1}. ${labelOf(v)}`);
		case 'address':
			return asAddress(value) ? [asAddress(value)] : [];
		case 'mapPoint': {
			const point = asPoint(value);
			return point ? [`${point.lat}, ${point.lon}`] : [];
		}
		case 'consent':
			return [t(value === true ? 'form.yes' : 'form.no')];
		case 'date':
			// A typed day reads like every other date ("2027. gada 1. septembris").
			return asText(value).trim() ? [formatDay(asText(value).trim(), lang)] : [];
		case 'file':
			return asList(value);
		default:
			return asText(value).trim() ? [asText(value)] : [];
	}
}
