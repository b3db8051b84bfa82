import { TRPCError } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Db } from '../db/client.server';
import { checkCsrf } from '../http/csrf';
import {
	RateLimitedError,
	serverRateLimits,
	type LimitKind,
	type RateLimits,
	type Who
} from '../kernel/limits';
import type { RequestIdentity } from '../identity/request-identity';
import { createContext } from '../kernel/context';
import { appRouter } from './router';

export const TRPC_ENDPOINT = '/trpc';

/** Which rate limit a procedure counts against, if any. */
function limitOf(path: string): LimitKind | null {
	if (path === 'sync.push') {
		return 'push';
	}
	if (path.startsWith('attachments.')) {
		return 'upload';
	}
	return null;
}

/**
 * Counts the request's calls against their limits; throws TOO_MANY_REQUESTS (429 with the
 * wait in `data.retryAfter` and the Retry-After header) when one is exceeded. A batch counts
 * each of its calls, so batching cannot go round a limit.
 */
function enforceLimits(limits: RateLimits, paths: readonly string[], who: Who): void {
	for (const path of paths) {
		const kind = limitOf(path);
		const verdict = kind ? limits.check(kind, who) : { allowed: true as const };
		if (!verdict.allowed) {
			const cause = new RateLimitedError(verdict.retryAfter);
			throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
		}
	}
}

/**
 * Answers one tRPC request over HTTP: malformed input is a 4xx, never a 5xx. A request a
 * browser was made to send from another site is refused first (server/http/csrf.ts), then
 * the calls are counted against the rate limits (the process's own unless a test passes its
 * limits).
 */
export function handleTrpcRequest(
	request: Request,
	db: Db,
	identity: RequestIdentity,
	address: string | null = null,
	limits: RateLimits = serverRateLimits()
): Promise<Response> {
	const url = new URL(request.url);
	const csrf = checkCsrf({
		method: request.method,
		pathname: url.pathname,
		appOrigin: url.origin,
		headers: request.headers
	});
	if (csrf.refused) {
		return Promise.resolve(
			new Response(csrf.reason, {
				status: csrf.status,
				headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
			})
		);
	}
	return fetchRequestHandler({
		endpoint: TRPC_ENDPOINT,
		req: request,
		...trpcCallOptions(db, identity, address, limits)
	});
}

/**
 * What both ways of serving /trpc share (the fetch adapter above, for SvelteKit's hooks in
 * development, and the node adapter of server/http/node-trpc.ts in production): the context,
 * the rate limits, error logging and the response headers.
 */
export function trpcCallOptions(
	db: Db,
	identity: RequestIdentity,
	address: string | null,
	limits: RateLimits
) {
	return {
		router: appRouter,
		// Runs once per request, after the procedures are known and before any of them runs.
		createContext: ({ info }: { info: TRPCRequestInfo }) => {
			const paths = info.calls.map((call) => call.path);
			enforceLimits(limits, paths, { person: identity.person?.id ?? null, address });
			return createContext(db, identity, address, limits);
		},
		onError({ error, path }: { error: TRPCError; path?: string | undefined }) {
			if (error.code === 'INTERNAL_SERVER_ERROR') {
				console.error(`tRPC ${path ?? '?'} failed`, error.cause ?? error);
			}
		},
		responseMeta({ errors }: { errors: readonly TRPCError[] }) {
			const headers = new Headers({ 'cache-control': 'no-store' });
			const limited = errors.find((e) => e.cause instanceof RateLimitedError)?.cause;
			if (limited instanceof RateLimitedError) {
				headers.set('retry-after', String(limited.retryAfter));
			}
			return { headers };
		}
	};
}
