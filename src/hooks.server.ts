import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$server/db/client.server';
import { csrfHandle, rateLimitHandle } from '$server/http/handles';
import { registerNodeApi } from '$server/http/node-api';
import { createNodeTrpc } from '$server/http/node-trpc';
import { getLatvijaConfig } from '$server/identity/latvija/config';
import { identify } from '$server/identity/request-identity';
import { readSessionCookie, setSessionCookie } from '$server/identity/session-cookie';
import { startNotificationOutbox } from '$server/notifications/start';
import { startPeriodicInspections } from '$server/inspections/start';
import { startPlacementScheduler } from '$server/placement/start';
import { clientAddress } from '$server/app/caller';
import { handleTrpcRequest, TRPC_ENDPOINT } from '$server/app/http';

/** Who is asking: the session cookie's person, with the sliding expiry renewed. */
const identityHandle: Handle = ({ event, resolve }) => {
	const token = readSessionCookie(event);
	const identity = identify(getDb(), token);
	event.locals.identity = identity;
	if (token && identity.renewedUntil !== null) {
		setSessionCookie(event, token, identity.renewedUntil);
	}
	return resolve(event);
};

/**
 * The API (it checks the origin and counts push and upload calls itself). In production
 * server/http/node-trpc.ts answers /trpc first; this serves `vite dev` and anything that
 * one leaves to SvelteKit.
 */
const trpcHandle: Handle = ({ event, resolve }) => {
	if (event.url.pathname.startsWith(`${TRPC_ENDPOINT}/`)) {
		return handleTrpcRequest(event.request, getDb(), event.locals.identity, clientAddress(event));
	}
	return resolve(event);
};

// Security headers are set by server/http/serve.ts, around every response including the
// static files and prerendered pages that never reach these hooks.
export const handle: Handle = sequence(csrfHandle, identityHandle, rateLimitHandle(), trpcHandle);

/** A wrong sign-in setting stops the server at start, not at the first person's sign-in. */
export const init: ServerInit = () => {
	getLatvijaConfig();
	// Emails of notices are sent from an outbox, outside the requests that write them.
	startNotificationOutbox();
	startPeriodicInspections();
	startPlacementScheduler();
	// The production server (server/http/serve.ts) answers /trpc with it before SvelteKit.
	registerNodeApi(createNodeTrpc(getDb));
};
