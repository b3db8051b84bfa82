import type { Cookies } from '@sveltejs/kit';
import { generateSessionToken } from '../sessions.service';
import { SIGN_IN_REQUEST_TTL_MS } from './sign-in.service';

/**
 * Ties a sign-in to the browser that started it (against login CSRF: an attacker starts a
 * sign-in, obtains an answer for their own account and makes a victim's browser post it).
 *
 * The start sets a random key in this cookie; the stored request is found by the hash of
 * `wctx` together with the key, so an answer posted from a browser without the same cookie
 * matches no request. The provider posts its answer cross-site, and a SameSite=Lax or Strict
 * cookie does not ride on a cross-site POST, so this one is `SameSite=None`, which browsers
 * accept only with `Secure`. Chromium and Firefox treat http://localhost as secure for
 * cookies, so the same cookie works in local tests; over HTTPS it gets the `__Host-` prefix
 * (no Domain, path /, set only by a secure origin), so a subdomain cannot plant one.
 * It is HttpOnly (no script needs it) and lives as long as a request does.
 */
export const BINDING_COOKIE_PLAIN = 'kopa_signin';
export const BINDING_COOKIE_SECURE = '__Host-kopa_signin';

const KEY_PATTERN = /^[a-z2-7]{32}$/;

type CookieEvent = { url: URL; cookies: Cookies };

function cookieName(url: URL): string {
	return url.protocol === 'https:' ? BINDING_COOKIE_SECURE : BINDING_COOKIE_PLAIN;
}

/** This browser's key, if it has a well-formed one. */
export function readBrowserKey(event: CookieEvent): string | null {
	const value = event.cookies.get(cookieName(event.url));
	return value && KEY_PATTERN.test(value) ? value : null;
}

/**
 * The key for a new sign-in: the browser's current one when it has one (so two tabs signing in
 * at once do not undo each other), else a new one; the cookie is (re)set for ten minutes.
 */
export function bindBrowser(event: CookieEvent): string {
	const key = readBrowserKey(event) ?? generateSessionToken();
	event.cookies.set(cookieName(event.url), key, {
		path: '/',
		httpOnly: true,
		secure: true,
		sameSite: 'none',
		maxAge: SIGN_IN_REQUEST_TTL_MS / 1000
	});
	return key;
}
