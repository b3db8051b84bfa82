import type { Issue } from '$lib/domain/sync';

/** The officer's inspection forms, one form action each (server/app/inspection-actions.ts). */
export type InspectionFormName = 'schedule' | 'update' | 'cancel' | 'close' | 'resolve';

/** What a refused form sends back: what was typed, why, and whether the task moved on. */
export type InspectionFormFailure = {
	form: InspectionFormName;
	values: Record<string, string>;
	issues: Issue[];
	message: string | null;
	/** The task changed since the page was loaded: the page reloads its data. */
	stale: boolean;
};
export type InspectionFormDone = { form: InspectionFormName; done: true; id: string };

/**
 * The refusal of the named form for one inspection (or, with `key` '', the new-task form),
 * if the page's `form` prop holds one. Kit types `form` as the union of every action's
 * answers, so the shape is checked here once.
 */
export function failureOf(
	form: unknown,
	name: InspectionFormName,
	field: 'inspectionId' | 'followsId',
	key: string
): InspectionFormFailure | null {
	if (!form || typeof form !== 'object') {
		return null;
	}
	const f = form as Partial<InspectionFormFailure>;
	if (f.form !== name || !f.values || !Array.isArray(f.issues)) {
		return null;
	}
	if ((f.values[field] ?? '') !== key) {
		return null;
	}
	return {
		form: name,
		values: f.values,
		issues: f.issues,
		message: f.message ?? null,
		stale: f.stale === true
	};
}

/** True when the named form was just done for this inspection ('' for a new task). */
export function doneWith(form: unknown, name: InspectionFormName, id?: string): boolean {
	if (!form || typeof form !== 'object') {
		return false;
	}
	const f = form as Partial<InspectionFormDone>;
	return f.form === name && f.done === true && (id === undefined || f.id === id);
}

/** The message key of the issue at `path`, if any. */
export function issueAt(failure: InspectionFormFailure | null, path: string): string | null {
	return failure?.issues.find((i) => i.path === path)?.message ?? null;
}

/** Issues at none of the form's fields (a tampered hidden field): shown above the form. */
export function otherIssues(failure: InspectionFormFailure | null, fields: string[]): Issue[] {
	return (failure?.issues ?? []).filter((i) => !fields.includes(i.path));
}

/** The hidden field with the value a task field had when the page showed it. */
export const wasName = (field: 'inspectorId' | 'dueOn' | 'instructions') =>
	`was${field[0]?.toUpperCase() ?? ''}${field.slice(1)}`;
