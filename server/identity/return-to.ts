/**
 * Where a person may be sent after signing in: a path on this site, and nothing else.
 *
 * The value arrives from a query string, so it may hold anything: `//evil.example`, `/\evil`,
 * `/。evil.example` (an ideographic full stop, which some parsers read as a dot), tabs and
 * line breaks that browsers strip, `/../` that climbs to `//`. Rather than guessing what a
 * browser will make of it, it is resolved as a browser would, against a placeholder origin, and
 * kept only if it stays on that origin; what is returned is the resolved path, query and
 * fragment, which the URL parser has percent-encoded to plain ASCII, so it can always go into
 * a `Location` header (a raw non-ASCII value there made the redirect throw: a 500 after the
 * session had been created).
 */

const BASE = 'https://kopa.invalid';
const MAX_LENGTH = 500;

export function safeReturnTo(raw: string | null | undefined): string | null {
	if (!raw || raw.length > MAX_LENGTH || !raw.startsWith('/')) {
		return null;
	}
	let url: URL;
	try {
		url = new URL(raw, BASE);
	} catch {
		return null;
	}
	if (url.origin !== BASE || url.username || url.password) {
		return null;
	}
	const path = `${url.pathname}${url.search}${url.hash}`;
	// Resolution can still produce `//host` or `/\host` (e.g. from `/.//host`), which a browser
	// would read as another site when it meets it in a Location header.
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
		return null;
	}
	// Anything the parser left outside printable ASCII (it should leave nothing) is refused.
	if (!/^[\x21-\x7e]+$/.test(path) || path.length > MAX_LENGTH) {
		return null;
	}
	return path;
}
