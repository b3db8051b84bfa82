import { join } from 'node:path';

/** What the stand-in calls itself in assertions; the app's KOPA_IDP_ISSUER must match. */
export const STANDIN_ISSUER = 'urn:kopa:idp-standin';
export const STANDIN_DEFAULT_PORT = 3100;
export const STANDIN_DEFAULT_DIR = join('data', 'idp');
/** The passive-profile endpoint, like Latvija.lv's authentication module. */
export const STANDIN_WSFED_PATH = '/wsfed';

export type StandinSettings = {
	port: number;
	host: string;
	dataDir: string;
	issuer: string;
	/** How long an issued assertion is valid. */
	lifetimeMs: number;
};

export function standinSettings(env: Record<string, string | undefined>): StandinSettings {
	const port = Number(env.KOPA_IDP_PORT || STANDIN_DEFAULT_PORT);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`KOPA_IDP_PORT is not a port: ${env.KOPA_IDP_PORT}`);
	}
	return {
		port,
		// Loopback only: this provider vouches for anyone who clicks, so it must not be reachable.
		host: env.KOPA_IDP_HOST || '127.0.0.1',
		dataDir: env.KOPA_IDP_DATA_DIR || STANDIN_DEFAULT_DIR,
		issuer: env.KOPA_IDP_ISSUER || STANDIN_ISSUER,
		lifetimeMs: 5 * 60 * 1000
	};
}
