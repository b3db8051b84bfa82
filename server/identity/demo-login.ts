import { env } from 'node:process';

/**
 * The sign-in that lists demo people, for tests only: on solely with KOPA_DEMO_LOGIN=1 (the
 * e2e server sets it). Everyone else, `npm start` included, signs in over the Latvija.lv
 * protocol (against the stand-in identity provider when run locally).
 */
export function isDemoLoginEnabled(): boolean {
	return env.KOPA_DEMO_LOGIN === '1';
}
