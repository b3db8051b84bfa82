import type { Issue } from '$lib/domain/sync';
import { problemsOf } from '../problems';

/** The decision form's own fields; an issue at any other path is about the decision as a whole. */
const FIELDS = ['outcome', 'paragraphs', 'validFrom', 'validTo'];

/**
 * Why a decision was refused: the first issue at each field, and one about the rest. From the
 * browser's own check or the server's error `data` alike, through the one helper
 * (`problemsOf`); shown with `locale.issue`, never the error's raw text.
 */
export type DecisionProblems = { fields: Record<string, Issue>; message: Issue | null };

export const NO_DECISION_PROBLEMS: DecisionProblems = { fields: {}, message: null };

export function decisionProblems(error: unknown): DecisionProblems {
	const { fields, general } = problemsOf(error, FIELDS);
	const first: Record<string, Issue> = {};
	for (const [field, issues] of Object.entries(fields)) {
		if (issues[0]) {
			first[field] = issues[0];
		}
	}
	return { fields: first, message: general[0] ?? null };
}

/** An issue at one field, from the form itself (an outcome not yet chosen). */
export function problemAt(field: string, message: string): DecisionProblems {
	return { fields: { [field]: { path: field, message } }, message: null };
}
