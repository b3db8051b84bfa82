import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db/client.server';
import { createContext } from './context';
import { createCaller } from './router';

/** The router as the request's person, for server loads: the same guards as over HTTP. */
export function callerFor(event: RequestEvent) {
	const { person, roles } = event.locals.identity;
	return createCaller(createContext(getDb(), person, roles));
}
