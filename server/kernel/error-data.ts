import type { TRPCError } from '@trpc/server';
import { issuesOfError } from '../../src/lib/domain/issues';
import type { Issue } from '../../src/lib/domain/sync';
import { RateLimitedError } from './limits';

export type ErrorData = {
	code: string;
	httpStatus: number;
	/** What was refused, as catalogue keys at their field paths ('' = the whole request). */
	issues: Issue[];
	/** Seconds until a rate-limited call may be repeated (also the Retry-After header). */
	retryAfter?: number;
};

/**
 * The `data` of every tRPC error: the refusal's issues in the one shape the browser's
 * `issuesOfError` reads. An internal error says only its status, never its cause.
 */
export function errorData(
	error: TRPCError,
	shape: { code: string; httpStatus: number }
): ErrorData {
	const internal = error.code === 'INTERNAL_SERVER_ERROR';
	return {
		code: shape.code,
		httpStatus: shape.httpStatus,
		issues: internal
			? [{ path: '', message: 'error.status.500' }]
			: issuesOfError({ cause: error.cause, message: error.message, code: error.code }),
		...(error.cause instanceof RateLimitedError ? { retryAfter: error.cause.retryAfter } : {})
	};
}
