import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Db } from '../db/client.server';
import type { RequestIdentity } from '../identity/request-identity';
import { createContext } from './context';
import { appRouter } from './router';

export const TRPC_ENDPOINT = '/trpc';

/** Answers one tRPC request over HTTP: malformed input is a 4xx, never a 5xx. */
export function handleTrpcRequest(
	request: Request,
	db: Db,
	identity: RequestIdentity,
	address: string | null = null
): Promise<Response> {
	return fetchRequestHandler({
		endpoint: TRPC_ENDPOINT,
		req: request,
		router: appRouter,
		createContext: () => createContext(db, identity, address),
		onError({ error, path }) {
			if (error.code === 'INTERNAL_SERVER_ERROR') {
				console.error(`tRPC ${path ?? '?'} failed`, error.cause ?? error);
			}
		},
		responseMeta() {
			return { headers: new Headers({ 'cache-control': 'no-store' }) };
		}
	});
}
