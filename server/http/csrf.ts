import { LATVIJA_RETURN_PATH } from '../identity/latvija/paths';

/**
 * Cross-site request forgery: a request another site makes the browser send, with the
 * person's cookie. This check replaces SvelteKit's own (`kit.csrf`, switched off in
 * svelte.config.js), because that one refuses the identity provider's cross-origin POST to
 * its return path and nothing else may be let through with it.
 *
 * The rule: a browser tells us where a request comes from. It sends `Origin` on every
 * cross-origin request and on every same-origin one but GET/HEAD, and `Sec-Fetch-Site` on
 * every request (Chromium, Firefox, Safari 16.4+). A request whose `Origin` is not ours,
 * or whose `Sec-Fetch-Site` is not `same-origin`, is refused when it may change something
 * (any method but GET/HEAD/OPTIONS, and any call to the API). A request with neither header
 * comes from no browser (the benchmark, a test, curl): no one's cookie rides along without
 * their program choosing to send it, so it is not a forgery and is allowed.
 *
 * tRPC additionally takes only `application/json` bodies: JSON cannot be sent across origins
 * without a CORS preflight, which this server never grants, whereas a `text/plain` or form
 * body can be sent by any page.
 */

export type CsrfRequest = {
	method: string;
	/** Path of the request URL. */
	pathname: string;
	/** The app's own origin, as adapter-node sees it (ORIGIN, or the Host header). */
	appOrigin: string;
	// Only read: the node server passes its own reader of the raw headers (server/http/node-api.ts).
	headers: Pick<Headers, 'get'>;
};

/** Why the request is refused (a plain sentence), or null if it may go on. */
export type CsrfVerdict = { refused: false } | { refused: true; status: 403 | 415; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const TRPC_PREFIX = '/trpc/';

/** Paths another origin may POST to: only where the identity provider returns the person. */
export const CROSS_ORIGIN_POST_PATHS: ReadonlySet<string> = new Set([LATVIJA_RETURN_PATH]);

export function checkCsrf(request: CsrfRequest): CsrfVerdict {
	const method = request.method.toUpperCase();
	const isApi = request.pathname.startsWith(TRPC_PREFIX);
	const isSafe = SAFE_METHODS.has(method);
	if (CROSS_ORIGIN_POST_PATHS.has(request.pathname) && !isApi) {
		// The handler proves this request by the signed assertion and its one-time context,
		// which is found only with the binding cookie of the browser that started the sign-in
		// (server/identity/latvija/browser-binding.ts): another site cannot post an answer it
		// obtained into someone else's browser (login CSRF).
		return { refused: false };
	}
	if (!isSafe || isApi) {
		const foreign = foreignSource(request);
		if (foreign) {
			return {
				refused: true,
				status: 403,
				reason: `Cross-site request refused: ${foreign}.`
			};
		}
	}
	if (isApi && method === 'POST' && !isJson(request.headers.get('content-type'))) {
		return {
			refused: true,
			status: 415,
			reason: 'The API accepts only application/json request bodies.'
		};
	}
	return { refused: false };
}

/** What says the request comes from elsewhere, or null if nothing does. */
function foreignSource(request: CsrfRequest): string | null {
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== request.appOrigin) {
		return `it comes from ${origin === 'null' ? 'an opaque origin' : origin}, not ${request.appOrigin}`;
	}
	const site = request.headers.get('sec-fetch-site');
	// `none`: the person typed or bookmarked the address. No page made the request, so it is
	// no forgery for a read; it cannot be a write (forms and fetch always have a source).
	const safeRead = SAFE_METHODS.has(request.method.toUpperCase()) && site === 'none';
	if (site !== null && site !== 'same-origin' && !safeRead) {
		return `the browser reports it as ${site}`;
	}
	return null;
}

function isJson(contentType: string | null): boolean {
	const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
	return mediaType === 'application/json';
}
