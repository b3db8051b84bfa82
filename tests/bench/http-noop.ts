import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { SESSION_COOKIE_PLAIN as SESSION_COOKIE } from '../../server/identity/session-cookie';
import { freePort } from '../support/server-process';

/**
 * Issue 15, item 2: what the app's HTTP stack costs per request. A signed-in no-op tRPC call
 * (`identity.me`: it reads only the context the stack built, i.e. the session) through the
 * production server, beside a bare `node:http` server answering JSON in a process of its
 * own, both driven by autocannon with the same connections for the same time in one run.
 */

export const NOOP_CONNECTIONS = 50;
/** Through the app's whole stack: CSRF check, session, rate limits, tRPC, headers. */
export const NOOP_PATH = '/trpc/identity.me';
/** The limit beside the figure: the app answers at least this share of the bare rate. */
export const NOOP_RATIO_LIMIT = 0.25;

export type Figure = {
	name: string;
	value: number;
	unit: string;
	limit: number | null;
	ratio: number | null;
};

type Load = { rps: number; errors: number; non2xx: number };

async function drive(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
	const result = await autocannon({
		url,
		headers,
		connections: NOOP_CONNECTIONS,
		duration: seconds
	});
	return { rps: result.requests.average, errors: result.errors, non2xx: result.non2xx };
}

/** Warm up (JIT, statement caches), then measure; any failed request voids the figure. */
async function measure(url: string, headers: Record<string, string>, seconds: number) {
	await drive(url, headers, 1);
	const load = await drive(url, headers, seconds);
	if (load.errors > 0 || load.non2xx > 0) {
		throw new Error(`${url}: ${load.errors} errors, ${load.non2xx} non-2xx answers`);
	}
	return load.rps;
}

// The bare server: a JSON answer about the size of identity.me's, nothing else.
const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
	const body = JSON.stringify({ result: { data: { url: req.url, ok: true } } });
	res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
	res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** A bare node:http JSON server in its own process, until `stop`. */
export async function startBare(): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['-e', BARE_SERVER], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await once(child.stdout, 'data');
	return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/**
 * Requests per second of the signed-in no-op call through the running production server and
 * of the bare server, measured in turns (bare, app, bare, app, …) and each the median of its
 * rounds: on a shared machine the load drifts, and measuring one long after the other would
 * compare two different machines.
 */
export async function measureNoopPair(
	origin: string,
	token: string,
	bareUrl: string,
	seconds: number,
	rounds = 3
): Promise<{ appRps: number; bareRps: number }> {
	const app: number[] = [];
	const bare: number[] = [];
	for (let i = 0; i < rounds; i++) {
		bare.push(await measure(bareUrl, {}, seconds));
		app.push(
			await measure(`${origin}${NOOP_PATH}`, { cookie: `${SESSION_COOKIE}=${token}` }, seconds)
		);
	}
	return { appRps: median(app), bareRps: median(bare) };
}

export function noopFigures(appRps: number, bareRps: number): Figure[] {
	const ratio = appRps / bareRps;
	const round3 = (n: number) => Math.round(n * 1000) / 1000;
	return [
		{ name: 'http_noop_rps', value: Math.round(appRps), unit: 'req/s', limit: null, ratio: null },
		{ name: 'http_bare_rps', value: Math.round(bareRps), unit: 'req/s', limit: null, ratio: null },
		{
			name: 'http_noop_ratio',
			value: round3(ratio),
			unit: 'ratio',
			limit: NOOP_RATIO_LIMIT,
			ratio: round3(ratio / NOOP_RATIO_LIMIT)
		}
	];
}
