import { TRPCClientError } from '@trpc/client';
import type { z } from 'zod';
import { toIssues } from '$lib/domain/issues';
import type { Issue } from '$lib/domain/sync';

const KEY = /^[a-z][A-Za-z]*\.[A-Za-z.]+$/;

/**
 * Why a decision was refused, as catalogue keys: by field (from the browser's own check, or
 * the issues the server's error `data` carries) and, for anything else, one message. Never
 * the error's raw text, which for bad input is zod's JSON.
 */
export type DecisionProblems = { fields: Record<string, string>; message: string | null };

export function fromIssues(issues: readonly Issue[]): DecisionProblems {
	const fields: Record<string, string> = {};
	for (const issue of issues) {
		fields[issue.path.split('.')[0] ?? ''] ??= KEY.test(issue.message)
			? issue.message
			: 'field.invalid';
	}
	return { fields, message: null };
}

export function fromZod(error: z.ZodError): DecisionProblems {
	return fromIssues(toIssues(error));
}

export function fromServer(error: unknown): DecisionProblems {
	if (error instanceof TRPCClientError) {
		const issues = (error.data as { issues?: Issue[] } | undefined)?.issues;
		if (Array.isArray(issues) && issues.length > 0) {
			return fromIssues(issues);
		}
		if (KEY.test(error.message)) {
			return { fields: {}, message: error.message };
		}
	}
	return { fields: {}, message: 'decision.failed' };
}
