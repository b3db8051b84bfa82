import { TRPCError } from '@trpc/server';
import type { Issue } from '../../src/lib/domain/sync';

/** The issues a refusal carries to its caller (read by `issuesOfError` and the formatter). */
export class IssuesRefused extends Error {
	constructor(readonly issues: Issue[]) {
		super(issues[0]?.message ?? 'field.invalid');
		this.name = 'IssuesRefused';
	}
}

/**
 * A refusal with issues by field path and catalogue key. Its message is the first key, so
 * a caller that reads only the message still gets a key, never JSON.
 */
export function refusedWith(
	code: 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN',
	issues: Issue[]
): TRPCError {
	const cause = new IssuesRefused(issues);
	return new TRPCError({ code, message: cause.message, cause });
}
