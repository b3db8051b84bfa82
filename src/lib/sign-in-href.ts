/**
 * Where the header's "Pieslēgties" leads: to the sign-in, and back to this page afterwards
 * (as the service cards and the sync badge do). Only this page's own path and query are
 * carried, never another site: a path that a browser could read as a host (`//host`,
 * `/\host`) gets the plain sign-in, and the server checks `returnTo` again
 * (server/identity/return-to.ts). From the front page a person lands where their role works,
 * and on the sign-in page itself the link keeps the way back it already has.
 */
export function signInHref(url: URL): string {
	if (url.pathname === '/login') {
		const kept = url.searchParams.get('returnTo');
		return kept ? `/login?returnTo=${encodeURIComponent(kept)}` : '/login';
	}
	if (url.pathname === '/' || !url.pathname.startsWith('/') || /^\/[/\\]/.test(url.pathname)) {
		return '/login';
	}
	return `/login?returnTo=${encodeURIComponent(url.pathname + url.search)}`;
}
