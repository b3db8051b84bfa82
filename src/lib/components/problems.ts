import { issuesOfError } from '$lib/domain/issues';
import type { Issue } from '$lib/domain/sync';

/** A refusal sorted for a form: issues at the form's own fields, the rest about it all. */
export type Problems = { fields: Record<string, Issue[]>; general: Issue[] };

export const NO_PROBLEMS: Problems = { fields: {}, general: [] };

/**
 * The one way a component turns any error (tRPC, form action data, fetch) into messages
 * at their fields: an issue whose path starts with one of `fields` goes there; any other
 * is shown above the form. Texts come from the catalogue (`locale.issue`).
 */
export function problemsOf(error: unknown, fields: readonly string[]): Problems {
	const sorted: Problems = { fields: {}, general: [] };
	for (const issue of issuesOfError(error)) {
		const head = issue.path.split('.')[0] ?? '';
		if (fields.includes(head)) {
			(sorted.fields[head] ??= []).push(issue);
		} else {
			sorted.general.push(issue);
		}
	}
	return sorted;
}
