import type { Handle } from '@sveltejs/kit';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getDb } from '$server/db/client.server';
import { identify } from '$server/identity/request-identity';
import { SESSION_COOKIE } from '$server/identity/sessions.service';
import { createContext } from '$server/trpc/context';
import { appRouter } from '$server/trpc/router';
import { setSessionCookie } from '$server/identity/session-cookie';

export const TRPC_ENDPOINT = '/trpc';

export const handle: Handle = async ({ event, resolve }) => {
	const db = getDb();
	const identity = identify(db, event.cookies.get(SESSION_COOKIE));
	event.locals.identity = identity;
	if (identity.renewedUntil !== null) {
		setSessionCookie(event, event.cookies.get(SESSION_COOKIE) ?? '', identity.renewedUntil);
	}

	if (event.url.pathname.startsWith(`${TRPC_ENDPOINT}/`)) {
		return fetchRequestHandler({
			endpoint: TRPC_ENDPOINT,
			req: event.request,
			router: appRouter,
			createContext: () => createContext(db, identity.person, identity.roles),
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
	return resolve(event);
};
