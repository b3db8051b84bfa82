import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import type { Db } from '../db/client.server';
import { identify } from '../identity/request-identity';
import { SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE } from '../identity/session-cookie';
import { serverRateLimits, type RateLimits } from '../kernel/limits';
import { TRPC_ENDPOINT, trpcCallOptions } from '../app/http';
import { checkCsrf, TRPC_PREFIX } from './csrf';
import type { NodeApi } from './node-api';
import { answerCall } from './node-call';
import {
	clientAddressOf,
	cookieValue,
	headerReader,
	nodeRequestSettings,
	type NodeRequestSettings
} from './node-request';

/**
 * /trpc answered on node:http before the SvelteKit handler (registered by the hooks' init,
 * called by server/http/serve.ts). Through SvelteKit each call paid for the route matching
 * (a dynamic import per request), the request and response conversions, the hook sequence
 * and tRPC's fetch adapter: about 0.65 ms, most of a no-op call. The checks are the same
 * ones in the same order as src/hooks.server.ts runs them for /trpc: the origin check
 * (CSRF), the session with its sliding expiry (the cookie sent again when it moved), then
 * tRPC with the rate limits of server/app/http.ts. The security headers are set by
 * serve.ts before this runs, as for every response.
 */

/** Set-Cookie as `setSessionCookie` (server/identity/session-cookie.ts) writes it. */
function sessionCookieHeader(secure: boolean, token: string, expiresAt: number): string {
	const name = secure ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN;
	const flags = `Path=/; Expires=${new Date(expiresAt).toUTCString()}; HttpOnly; SameSite=Lax`;
	return `${name}=${encodeURIComponent(token)}; ${flags}${secure ? '; Secure' : ''}`;
}

function refuse(res: ServerResponse, status: number, reason: string): void {
	res.statusCode = status;
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.setHeader('cache-control', 'no-store');
	res.end(reason);
}

/** As tRPC's fetch adapter takes the procedure path from the URL. */
function procedurePath(pathname: string): string {
	return pathname.slice(TRPC_ENDPOINT.length).replace(/^\/+|\/+$/g, '');
}

function answer(
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	db: Db,
	settings: NodeRequestSettings,
	address: string | null,
	limits: RateLimits
): void {
	const csrf = checkCsrf({
		method: req.method ?? 'GET',
		pathname: url.pathname,
		appOrigin: settings.origin,
		headers: headerReader(req)
	});
	if (csrf.refused) {
		refuse(res, csrf.status, csrf.reason);
		return;
	}
	const secure = url.protocol === 'https:';
	const token = cookieValue(req, secure ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN);
	const identity = identify(db, token);
	if (token && identity.renewedUntil !== null) {
		res.setHeader('set-cookie', sessionCookieHeader(secure, token, identity.renewedUntil));
	}
	const path = procedurePath(url.pathname);
	const options = trpcCallOptions(db, identity, address, limits);
	if (answerCall(req, res, url, path, settings.bodySizeLimit, options)) {
		return;
	}
	void nodeHTTPRequestHandler({
		req,
		res,
		path,
		...(settings.bodySizeLimit === null ? {} : { maxBodySize: settings.bodySizeLimit }),
		...options
	});
}

/**
 * The handler serve.ts calls first; false: not ours, SvelteKit answers. The rate limits are
 * the process's (shared with SvelteKit's side: one module, one counter) unless a test passes
 * its own.
 */
export function createNodeTrpc(
	getDb: () => Db,
	env: Record<string, string | undefined> = process.env,
	limits?: RateLimits
): NodeApi {
	const settings = nodeRequestSettings(env);
	return (req, res) => {
		if (!settings || !req.url?.startsWith(TRPC_PREFIX)) {
			return false;
		}
		// Parsed as SvelteKit parses it (dot segments resolved) before deciding it is ours.
		let url: URL;
		try {
			url = new URL(req.url, settings.origin);
		} catch {
			return false;
		}
		const address = clientAddressOf(req, settings);
		if (!url.pathname.startsWith(TRPC_PREFIX) || address === null) {
			return false;
		}
		try {
			answer(req, res, url, getDb(), settings, address, limits ?? serverRateLimits());
		} catch (cause) {
			// As SvelteKit answers a hook that throws: a bare 500, the cause in the log only.
			console.error('tRPC request failed before tRPC', cause);
			if (!res.headersSent) {
				res.statusCode = 500;
			}
			res.end();
		}
		return true;
	};
}
