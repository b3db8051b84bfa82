import type { Handle, RequestEvent } from '@sveltejs/kit';
import { LATVIJA_RETURN_PATH, LATVIJA_START_PATH } from '../identity/latvija/paths';
import { clientAddress } from '../app/caller';
import { checkCsrf } from './csrf';
import { serverRateLimits, tooManyAttemptsMessage, type RateLimits } from '../kernel/limits';

/**
 * The request checks of src/hooks.server.ts that are not about who the person is: the
 * origin check (CSRF) and the rate limits of sign-in and uploads. The limits of tRPC calls
 * (push, attachments.*) are counted in server/app/http.ts, where the procedures are known.
 */

/** Refuses requests another site made the browser send (see server/http/csrf.ts). */
export const csrfHandle: Handle = ({ event, resolve }) => {
	const verdict = checkCsrf({
		method: event.request.method,
		pathname: event.url.pathname,
		appOrigin: event.url.origin,
		headers: event.request.headers
	});
	if (verdict.refused) {
		return new Response(verdict.reason, {
			status: verdict.status,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
	return resolve(event);
};

/** Sign-in requests: both ends of Latvija.lv sign-in and the demo sign-in form action. */
export function isSignInRequest(event: Pick<RequestEvent, 'request' | 'url'>): boolean {
	const { pathname } = event.url;
	if (pathname === LATVIJA_START_PATH || pathname === LATVIJA_RETURN_PATH) {
		return true;
	}
	// The query only once it matters: Kit forbids reading it while prerendering (/shell).
	return (
		pathname === '/login' &&
		event.request.method === 'POST' &&
		event.url.searchParams.has('/signin')
	);
}

/** Chunk uploads (`PUT /api/blob/<sha256>`, and POST should one be added). */
export function isUploadRequest(event: Pick<RequestEvent, 'request' | 'url'>): boolean {
	const method = event.request.method;
	return event.url.pathname.startsWith('/api/blob/') && (method === 'PUT' || method === 'POST');
}

/** Where a refused sign-in sends the browser: the sign-in page says how long to wait. */
export function signInRetryLocation(seconds: number): string {
	return `/login?error=rate_limited&retry=${seconds}`;
}

/**
 * A refused sign-in is a navigation (a link, a form, the identity provider's POST), so the
 * answer is a page: 429 with Retry-After for whoever reads the status, and an immediate
 * refresh to the sign-in page, which shows the message. A meta refresh, not a script, so
 * the page needs nothing from the Content-Security-Policy.
 */
function signInRefusal(seconds: number): Response {
	const location = signInRetryLocation(seconds).replaceAll('&', '&amp;');
	const message = tooManyAttemptsMessage(seconds);
	const body =
		`<!doctype html><html lang="lv"><head><meta charset="utf-8">` +
		`<meta http-equiv="refresh" content="0; url=${location}"><title>Kopa</title></head>` +
		`<body><p>${message}</p><p><a href="${location}">Pieslēgties / Sign in</a></p></body></html>`;
	return new Response(body, {
		status: 429,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'retry-after': String(seconds),
			'cache-control': 'no-store',
			location: signInRetryLocation(seconds)
		}
	});
}

/** A refused chunk: the JSON error shape of server/attachments/blob-upload.ts. */
function uploadRefusal(seconds: number): Response {
	const error = { code: 'TOO_MANY_REQUESTS', message: tooManyAttemptsMessage(seconds) };
	return new Response(JSON.stringify({ error: { ...error, retryAfter: seconds } }), {
		status: 429,
		headers: {
			'content-type': 'application/json',
			'retry-after': String(seconds),
			'cache-control': 'no-store'
		}
	});
}

/**
 * Rate limits on sign-in (per address: there is no person yet) and on chunk uploads (per
 * person and per address). Runs after the identity is known. The limits are the process's
 * own unless a test passes its own.
 */
export function rateLimitHandle(given?: RateLimits): Handle {
	return ({ event, resolve }) => {
		// Read from the environment on first use, not when the hooks module loads (prerender).
		const limits = given ?? serverRateLimits();
		const address = clientAddress(event);
		if (isSignInRequest(event)) {
			const verdict = limits.check('signIn', { address });
			if (!verdict.allowed) {
				return signInRefusal(verdict.retryAfter);
			}
		} else if (isUploadRequest(event)) {
			const person = event.locals.identity?.person?.id ?? null;
			const verdict = limits.check('upload', { person, address });
			if (!verdict.allowed) {
				return uploadRefusal(verdict.retryAfter);
			}
		}
		return resolve(event);
	};
}
