import { error } from '@sveltejs/kit';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { RateLimitedError } from '../http/limits';

/**
 * Turns a tRPC refusal met in a page load into the matching HTTP error page. Given the
 * request's `setHeaders`, a rate-limit refusal (429) also says when to try again
 * (Retry-After), as the same refusal over /trpc does.
 */
export function asPageError(
	e: unknown,
	event?: { setHeaders: (headers: Record<string, string>) => void }
): never {
	if (e instanceof TRPCError) {
		if (event && e.cause instanceof RateLimitedError) {
			event.setHeaders({ 'retry-after': String(e.cause.retryAfter) });
		}
		error(getHTTPStatusCodeFromError(e), e.message);
	}
	throw e;
}
