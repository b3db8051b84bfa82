import type { Handle } from '@sveltejs/kit';
import { getDb } from '$server/db/client.server';
import { identify } from '$server/identity/request-identity';
import { readSessionCookie, setSessionCookie } from '$server/identity/session-cookie';
import { clientAddress } from '$server/trpc/caller';
import { handleTrpcRequest, TRPC_ENDPOINT } from '$server/trpc/http';

export const handle: Handle = async ({ event, resolve }) => {
	const db = getDb();
	const token = readSessionCookie(event);
	const identity = identify(db, token);
	event.locals.identity = identity;
	if (token && identity.renewedUntil !== null) {
		setSessionCookie(event, token, identity.renewedUntil);
	}
	if (event.url.pathname.startsWith(`${TRPC_ENDPOINT}/`)) {
		return handleTrpcRequest(event.request, db, identity, clientAddress(event));
	}
	return resolve(event);
};
