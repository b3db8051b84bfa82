import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db/client.server';
import { createContext } from '../kernel/context';
import { createCaller } from './router';

/** The client's address; null where the adapter cannot tell (prerendering). */
export function clientAddress(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

/** The router as the request's person, for server loads: the same guards as over HTTP. */
export function callerFor(event: RequestEvent) {
	return createCaller(createContext(getDb(), event.locals.identity, clientAddress(event)));
}
