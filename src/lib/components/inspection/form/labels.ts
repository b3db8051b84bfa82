import type { FormError } from '$lib/client/inspections/send';
import { zCheckKey } from '$lib/domain/inspection';
import { locale } from '$lib/i18n/locale.svelte';
import { CHECK_NAMES } from '$lib/services/advertising-permit/inspection-setup';

/** The label of a form field by its element id, as the error summary names it. */
export function fieldLabel(field: string): string {
	const check = zCheckKey.safeParse(field.replace(/^check-/, ''));
	if (field.startsWith('check-') && check.success) {
		return CHECK_NAMES[check.data][locale.lang];
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
export function summaryOf(errors: readonly FormError[]) {
	return errors.map((e) => ({
		field: e.field,
		label: fieldLabel(e.field),
		message: locale.t(e.key, e.params)
	}));
}
