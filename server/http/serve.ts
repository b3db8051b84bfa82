/**
 * The production server: adapter-node's handler (`build/handler.js`, its documented
 * "custom server" entry) on node:http, with the security headers (server/http/
 * security-headers.ts) set before the handler answers. adapter-node serves static files and
 * prerendered pages without running hooks, so this is the one place every response passes.
 *
 * Run as `node --import tsx server/http/serve.ts [buildDir]` (or KOPA_BUILD_DIR; default
 * `build`). adapter-node's handler still reads ORIGIN, BODY_SIZE_LIMIT, ADDRESS_HEADER,
 * XFF_DEPTH and PROTOCOL_HEADER itself; this file reads HOST, PORT, SHUTDOWN_TIMEOUT,
 * KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT as adapter-node's own index.js does.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registeredNodeApi } from './node-api';
import { isHttps, prerenderedPolicies, securityHeaders } from './security-headers';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const buildDir = resolve(process.env.KOPA_BUILD_DIR || process.argv[2] || 'build');
const { handler } = (await import(pathToFileURL(join(buildDir, 'handler.js')).href)) as {
	handler: Middleware;
};
const policies = prerenderedPolicies(join(buildDir, 'prerendered'));
// Registered by the hooks' init, which loading handler.js has run: /trpc without SvelteKit.
const api = registeredNodeApi();

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const seconds = (name: string, fallback: number | undefined) => {
	const raw = process.env[name];
	if (!raw) {
		return fallback;
	}
	if (!/^\d+$/.test(raw)) {
		throw new Error(`${name} must be a whole number of seconds, not ${JSON.stringify(raw)}`);
	}
	return Number(raw);
};
const shutdownTimeout = seconds('SHUTDOWN_TIMEOUT', 30) ?? 30;

function pathnameOf(url: string | undefined): string {
	try {
		return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
	} catch {
		return '/';
	}
}

// The headers of responses that are no prerendered page, built once for each scheme.
const plainHeaders = new Map(Object.entries(securityHeaders({ https: false })));
const secureHeaders = new Map(Object.entries(securityHeaders({ https: true })));

const server = http.createServer((req, res) => {
	const https = isHttps(process.env, req.headers, 'encrypted' in req.socket);
	// The API is never a prerendered page: no need to parse its path to look for a policy.
	const pagePolicy = req.url?.startsWith('/trpc/') ? undefined : policies.get(pathnameOf(req.url));
	res.setHeaders(
		pagePolicy
			? new Map(Object.entries(securityHeaders({ https, pagePolicy })))
			: https
				? secureHeaders
				: plainHeaders
	);
	if (api?.(req, res)) {
		return;
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
const keepAlive = seconds('KEEP_ALIVE_TIMEOUT', undefined);
if (keepAlive !== undefined) {
	server.keepAliveTimeout = keepAlive * 1000;
}
const headersTimeout = seconds('HEADERS_TIMEOUT', undefined);
if (headersTimeout !== undefined) {
	server.headersTimeout = headersTimeout * 1000;
}

server.listen(port, host, () => {
	console.log(`Listening on http://${host}:${port}`);
});

// As adapter-node's index.js: finish the requests under way, then tell the app
// (`sveltekit:shutdown`), and cut connections still open after SHUTDOWN_TIMEOUT.
let shuttingDown = false;
function shutdown(reason: 'SIGINT' | 'SIGTERM'): void {
	if (shuttingDown) {
		return;
	}
	shuttingDown = true;
	server.closeIdleConnections();
	server.close((error) => {
		if (!error) {
			// @ts-expect-error adapter-node's custom event is not in Node's typings
			process.emit('sveltekit:shutdown', reason);
		}
	});
	setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000).unref();
}
server.on('request', (req: IncomingMessage) => {
	// Keep-alive connections would hold close() open: drop each once its request is done.
	req.on('close', () => shuttingDown && server.closeIdleConnections());
});
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
