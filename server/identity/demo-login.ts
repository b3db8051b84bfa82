import { env } from 'node:process';

/**
 * The development sign-in that lists demo people. Off in production unless the demo start
 * command (npm start) turns it on with KOPA_DEMO_LOGIN=1. The Latvija.lv-protocol sign-in
 * replaces it in its own issue.
 */
export function isDemoLoginEnabled(): boolean {
	return env.NODE_ENV !== 'production' || env.KOPA_DEMO_LOGIN === '1';
}
