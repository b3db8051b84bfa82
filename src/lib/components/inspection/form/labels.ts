import type { FormError } from '$lib/client/inspections/send';
import { locale } from '$lib/i18n/locale.svelte';
import { inspectionCheck } from '$lib/services/registry';

/**
 * The label of a form field by its element id, as the error summary names it; a check's by
 * the inspected service's name for it (`service`: the task's; absent: a report's).
 */
export function fieldLabel(field: string, service?: string): string {
	const check = field.startsWith('check-')
		? inspectionCheck(service, field.slice('check-'.length))
		: undefined;
	if (check) {
		return check.name[locale.lang];
	}
	const keys: Record<string, string> = {
		result: 'inspection.form.result',
		defectDeadline: 'inspection.form.deadline',
		notes: 'inspection.form.notes',
		description: 'inspection.form.report.description',
		position: 'inspection.form.position',
		photos: 'inspection.form.photos'
	};
	return locale.t(keys[field] ?? 'field.invalid');
}

/** The form's problems as ErrorSummary lists them: each links to its field. */
export function summaryOf(errors: readonly FormError[], service?: string) {
	return errors.map((e) => ({
		field: e.field,
		label: fieldLabel(e.field, service),
		message: locale.t(e.key, e.params)
	}));
}
