import type { Issue } from '$lib/domain/sync';

/** What a refused admin form sent back (server/admin/form-action.ts). */
export type FormFailure = {
	form: string;
	values: Record<string, string>;
	issues: Issue[];
	message: string | null;
};

/**
 * The refusal of the named form, if the page's `form` prop holds one. Kit types `form` as
 * the union of every action's answers, so the shape is checked here once for all pages.
 */
export function failureOf(form: unknown, name: string): FormFailure | null {
	if (!form || typeof form !== 'object') {
		return null;
	}
	const f = form as Partial<FormFailure>;
	if (f.form !== name || !Array.isArray(f.issues) || !f.values) {
		return null;
	}
	return { form: name, values: f.values, issues: f.issues, message: f.message ?? null };
}

/** True when the named form was just done. */
export function doneWith(form: unknown, name: string): boolean {
	return (
		!!form &&
		typeof form === 'object' &&
		(form as { form?: unknown }).form === name &&
		(form as { done?: unknown }).done === true
	);
}
