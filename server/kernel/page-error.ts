import { error } from '@sveltejs/kit';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { RateLimitedError } from './limits';
import { issuesOfError, statusKey, UNEXPECTED } from '../../src/lib/domain/issues';

/**
 * Turns a tRPC refusal met in a page load into the matching HTTP error page. Its message is
 * a catalogue key (the refusal's own, else the status's sentence), never the server's
 * English developer text: the error page shows it in the person's language. Given the
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
		const status = getHTTPStatusCodeFromError(e);
		const first = issuesOfError(e)[0]?.message;
		error(status, { message: first && first !== UNEXPECTED ? first : statusKey(status) });
	}
	throw e;
}
