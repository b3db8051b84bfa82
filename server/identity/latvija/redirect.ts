import type { LatvijaConfig } from './config';

/**
 * The WS-Federation passive sign-in request: a plain redirect to the provider. `wctx` comes
 * back unchanged with the answer and ties it to the request this server made; `wct` is the
 * request time, which the provider may use to refuse stale requests.
 */
export function signInRedirectUrl(config: LatvijaConfig, wctx: string, now: number): string {
	const url = new URL(config.idpUrl);
	url.searchParams.set('wa', 'wsignin1.0');
	url.searchParams.set('wtrealm', config.realm);
	url.searchParams.set('wreply', config.replyUrl);
	url.searchParams.set('wctx', wctx);
	url.searchParams.set('wct', new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'));
	return url.toString();
}
