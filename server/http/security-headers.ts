import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The security headers every response carries, set by server/http/serve.ts before the
 * SvelteKit handler runs, so static files and prerendered pages (which adapter-node serves
 * without running hooks) get them too. Pages Kit renders per request replace the
 * Content-Security-Policy with their full policy (svelte.config.js `kit.csp`, with their own
 * nonce); prerendered pages get theirs from the <meta> Kit wrote into them (see
 * `prerenderedPolicies`), sent as a header too so that frame-ancestors is enforced.
 */

/** What a `<meta>` cannot say, and what nothing we serve needs: the floor for every response. */
export const BASE_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/** Camera and location for our own pages (photos, inspections); every other device off. */
export const PERMISSIONS_POLICY = [
	'camera=(self)',
	'geolocation=(self)',
	'microphone=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'hid=()',
	'midi=()',
	'display-capture=()',
	'accelerometer=()',
	'gyroscope=()',
	'magnetometer=()'
].join(', ');

/** Two years, subdomains included: the figure the HSTS preload list asks for. */
export const HSTS = 'max-age=63072000; includeSubDomains';

export type HeaderOptions = {
	/** Whether the browser reached us over HTTPS (HSTS over plain HTTP is ignored, and wrong). */
	https: boolean;
	/** The full policy of a prerendered page at this path, if it is one. */
	pagePolicy?: string;
};

export function securityHeaders(options: HeaderOptions): Record<string, string> {
	const headers: Record<string, string> = {
		'content-security-policy': options.pagePolicy
			? withFrameAncestors(options.pagePolicy)
			: BASE_CSP,
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': PERMISSIONS_POLICY,
		// For browsers that predate frame-ancestors.
		'x-frame-options': 'DENY',
		'cross-origin-opener-policy': 'same-origin'
	};
	if (options.https) {
		headers['strict-transport-security'] = HSTS;
	}
	return headers;
}

function withFrameAncestors(policy: string): string {
	const trimmed = policy.trim().replace(/;$/, '');
	return /(^|;)\s*frame-ancestors\s/.test(trimmed) ? trimmed : `${trimmed}; frame-ancestors 'none'`;
}

/**
 * Whether the browser is on HTTPS: ORIGIN says so when it is set (adapter-node builds every
 * URL from it); otherwise the proxy's PROTOCOL_HEADER (as adapter-node reads it), else the
 * socket.
 */
export function isHttps(
	env: Record<string, string | undefined>,
	requestHeaders: Record<string, string | string[] | undefined>,
	socketEncrypted: boolean
): boolean {
	if (env.ORIGIN) {
		return env.ORIGIN.startsWith('https:');
	}
	const protocolHeader = env.PROTOCOL_HEADER?.toLowerCase();
	if (protocolHeader) {
		const value = requestHeaders[protocolHeader];
		return (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() === 'https';
	}
	return socketEncrypted;
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * The Content-Security-Policy of each prerendered page, by the path it is served at, read
 * from the <meta> Kit wrote into it (its script hashes are known only to the build).
 */
export function prerenderedPolicies(prerenderedDir: string): Map<string, string> {
	const policies = new Map<string, string>();
	let files: string[];
	try {
		files = readdirSync(prerenderedDir, { recursive: true, encoding: 'utf8' });
	} catch {
		return policies;
	}
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const match = META_CSP.exec(readFileSync(join(prerenderedDir, file), 'utf8'));
		if (!match?.[1]) {
			continue;
		}
		const path = `/${relative('.', file).split(sep).join('/')}`.replace(/\.html$/, '');
		const policy = decodeEntities(match[1]);
		// index.html is served at its folder's path (`/`, `/a/`); other pages without `.html`.
		if (path.endsWith('/index')) {
			policies.set(path.slice(0, -'index'.length), policy);
		} else {
			policies.set(path, policy);
		}
	}
	return policies;
}

/** Kit escapes the attribute; hashes and keywords use only `'` among escaped characters. */
function decodeEntities(value: string): string {
	return value
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}
