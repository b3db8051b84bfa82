import type { Cookies } from '@sveltejs/kit';

/**
 * The session cookie: HttpOnly, SameSite=Lax, path /. Over HTTPS it is `Secure` and named
 * with the `__Host-` prefix, which browsers accept only from a secure origin, for path /
 * and with no Domain, so no subdomain or plain-HTTP page can set or shadow it. Over plain
 * HTTP (loopback development and tests) the prefix would make browsers drop the cookie,
 * so it is named without it there.
 */
export const SESSION_COOKIE_PLAIN = 'kopa_session';
export const SESSION_COOKIE_SECURE = '__Host-kopa_session';

type CookieEvent = { url: URL; cookies: Cookies };

export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN;
}

export function readSessionCookie(event: CookieEvent): string | undefined {
	return event.cookies.get(sessionCookieName(event.url));
}

export function setSessionCookie(event: CookieEvent, token: string, expiresAt: number): void {
	event.cookies.set(sessionCookieName(event.url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: new Date(expiresAt)
	});
}

export function clearSessionCookie(event: CookieEvent): void {
	event.cookies.delete(sessionCookieName(event.url), {
		path: '/',
		secure: event.url.protocol === 'https:'
	});
}
