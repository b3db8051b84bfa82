import { error } from '@sveltejs/kit';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';

/** Turns a tRPC refusal met in a page load into the matching HTTP error page. */
export function asPageError(e: unknown): never {
	if (e instanceof TRPCError) {
		error(getHTTPStatusCodeFromError(e), e.message);
	}
	throw e;
}
