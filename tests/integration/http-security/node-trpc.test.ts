import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleTrpcRequest } from '../../../server/app/http';
import { createNodeTrpc } from '../../../server/http/node-trpc';
import { identify } from '../../../server/identity/request-identity';
import { SESSION_COOKIE_PLAIN } from '../../../server/identity/session-cookie';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	sessionIdFromToken
} from '../../../server/identity/sessions.service';
import { count, freshDb } from '../harness';
import { pushBody, testLimits } from './support';

/**
 * The production server answers /trpc on node:http before SvelteKit (server/http/
 * node-trpc.ts, with single calls answered directly by node-call.ts). Every request here
 * goes both ways, through that handler on a real socket and through the fetch handler the
 * hooks use, each with limits of its own, and the answers must be the same: status, body
 * and the headers tRPC and we set. What only the node path does (the session cookie sent
 * again, the origin check before the session is read) is checked on its own.
 */

const db = freshDb();
const MINUTE = 60_000;
const search = { search: { person: 2, address: 1000 } };
const nodeLimits = testLimits(search).limits;
const fetchLimits = testLimits(search).limits;
let server: Server;
let origin: string;

function signIn(personId: string, kind: 'citizen' | 'staff', now = Date.now()): string {
	const token = generateSessionToken();
	createSession(db, token, { personId, kind, authMethod: 'demo' }, now);
	return token;
}

beforeAll(async () => {
	server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const api = createNodeTrpc(() => db, { ORIGIN: origin }, nodeLimits);
	server.on('request', (req, res) => {
		if (!api(req, res)) {
			res.statusCode = 599;
			res.end('left to SvelteKit');
		}
	});
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Call = {
	method?: string;
	path: string;
	token?: string;
	headers?: Record<string, string>;
	body?: string;
};

const COMPARED_HEADERS = ['content-type', 'cache-control', 'vary', 'retry-after', 'allow'];

async function summary(response: Response) {
	const text = await response.text();
	let body: unknown = text;
	try {
		body = JSON.parse(text);
	} catch {
		// Plain-text refusals compare as text.
	}
	return {
		status: response.status,
		headers: Object.fromEntries(COMPARED_HEADERS.map((h) => [h, response.headers.get(h)])),
		body
	};
}

function headersOf(call: Call): Record<string, string> {
	return {
		...call.headers,
		...(call.token ? { cookie: `${SESSION_COOKIE_PLAIN}=${call.token}` } : {})
	};
}

function overNode(call: Call) {
	return fetch(`${origin}${call.path}`, {
		method: call.method ?? 'GET',
		headers: headersOf(call),
		...(call.body ? { body: call.body } : {})
	}).then(summary);
}

function overFetch(call: Call) {
	const request = new Request(`${origin}${call.path}`, {
		method: call.method ?? 'GET',
		headers: headersOf(call),
		...(call.body ? { body: call.body } : {})
	});
	return handleTrpcRequest(request, db, identify(db, call.token), '127.0.0.1', fetchLimits).then(
		summary
	);
}

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;

describe('/trpc on node:http answers as the fetch handler does', () => {
	const anna = signIn('demo-citizen-anna', 'citizen');
	const officer = signIn('demo-officer-riga', 'staff');
	const cases: [string, Call][] = [
		['a signed-in no-op query', { path: '/trpc/identity.me', token: anna }],
		['the same signed out', { path: '/trpc/identity.me' }],
		['an unknown token', { path: '/trpc/identity.me', token: 'nobody' }],
		[
			'a query with input',
			{ path: `/trpc/tenants.institutions?${input({ municipalityId: 'riga' })}` }
		],
		[
			'a query with invalid input',
			{ path: `/trpc/tenants.institutions?${input({ municipalityId: 'NO SUCH!' })}` }
		],
		['a query without its input', { path: '/trpc/tenants.institutions' }],
		['input that is no JSON', { path: '/trpc/tenants.institutions?input=%7Bnot' }],
		[
			'a staff query, signed out',
			{ path: `/trpc/office.queue?${input({ municipalityId: 'riga' })}` }
		],
		[
			'a staff query as a citizen',
			{ path: `/trpc/office.queue?${input({ municipalityId: 'riga' })}`, token: anna }
		],
		[
			'a staff query as its officer',
			{ path: `/trpc/office.queue?${input({ municipalityId: 'riga' })}`, token: officer }
		],
		['no such procedure', { path: '/trpc/nothing.here' }],
		['a mutation sent as GET', { path: '/trpc/account.myData', token: anna }],
		[
			'a batch',
			{ path: `/trpc/identity.me,tenants.municipalities?batch=1&${input({})}`, token: anna }
		],
		[
			'a query read from another site',
			{ path: '/trpc/identity.me', token: anna, headers: { 'sec-fetch-site': 'cross-site' } }
		],
		[
			'a query POSTed',
			{
				method: 'POST',
				path: '/trpc/identity.me',
				token: anna,
				headers: { 'content-type': 'application/json' }
			}
		],
		[
			'a push whose body is no JSON',
			{
				method: 'POST',
				path: '/trpc/sync.push',
				token: anna,
				headers: { 'content-type': 'application/json' },
				body: '{"clientId": '
			}
		],
		[
			'a push with invalid input',
			{
				method: 'POST',
				path: '/trpc/sync.push',
				token: anna,
				headers: { 'content-type': 'application/json; charset=utf-8' },
				body: JSON.stringify({ clientId: 'x', schemaVersion: 1, mutations: [] })
			}
		],
		[
			'a push with no body',
			{
				method: 'POST',
				path: '/trpc/sync.push',
				token: anna,
				headers: { 'content-type': 'application/json' }
			}
		],
		[
			'a mutation signed out',
			{
				method: 'POST',
				path: '/trpc/account.myData',
				headers: { 'content-type': 'application/json' },
				body: '{}'
			}
		],
		[
			'a push as text/plain',
			{
				method: 'POST',
				path: '/trpc/sync.push',
				token: anna,
				headers: { 'content-type': 'text/plain' },
				body: pushBody()
			}
		]
	];
	it.each(cases)('%s', async (_name, call) => {
		expect(await overNode(call)).toEqual(await overFetch(call));
	});

	it('counts a search against the same limit, with the same 429 and Retry-After', async () => {
		const call = {
			path: `/trpc/office.queue?${input({ municipalityId: 'riga', q: 'ozols' })}`,
			token: officer
		};
		const answers = [];
		for (let i = 0; i < 3; i++) {
			const node = await overNode(call);
			expect(node).toEqual(await overFetch(call));
			answers.push(node.status);
		}
		expect(answers).toEqual([200, 200, 429]);
	});

	it('applies a push through the node adapter as through the fetch handler', async () => {
		const before = count(db, 'select count(*) n from application');
		const post = (body: string) => ({
			method: 'POST',
			path: '/trpc/sync.push',
			token: anna,
			headers: { 'content-type': 'application/json' },
			body
		});
		const node = await overNode(post(pushBody()));
		const viaFetch = await overFetch(post(pushBody()));
		expect(node.status).toBe(200);
		expect(node.headers).toEqual(viaFetch.headers);
		expect(count(db, 'select count(*) n from application')).toBe(before + 2);
	});
});

describe('the body size limit on the node path', () => {
	it('answers a body past BODY_SIZE_LIMIT with 413 and applies nothing', async () => {
		const small = createServer();
		await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
		const at = `http://127.0.0.1:${(small.address() as AddressInfo).port}`;
		const api = createNodeTrpc(() => db, { ORIGIN: at, BODY_SIZE_LIMIT: '100' }, nodeLimits);
		small.on('request', (req, res) => void api(req, res));
		try {
			const before = count(db, 'select count(*) n from application');
			const response = await fetch(`${at}/trpc/sync.push`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					cookie: `${SESSION_COOKIE_PLAIN}=${signIn('demo-citizen-anna', 'citizen')}`
				},
				body: pushBody()
			});
			expect(response.status).toBe(413);
			expect(count(db, 'select count(*) n from application')).toBe(before);
		} finally {
			await new Promise<void>((resolve) => small.close(() => resolve()));
		}
	});
});

describe('the session on the node path', () => {
	it('sends the cookie again when the sliding expiry moved, as the hooks do', async () => {
		const token = signIn('demo-citizen-janis', 'citizen', Date.now() - 2 * MINUTE);
		const response = await fetch(`${origin}/trpc/identity.me`, {
			headers: { cookie: `${SESSION_COOKIE_PLAIN}=${token}` }
		});
		expect(response.status).toBe(200);
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE_PLAIN}=${token}; `));
		expect(cookie).toMatch(/Path=\/;/);
		expect(cookie).toMatch(/HttpOnly/);
		expect(cookie).toMatch(/SameSite=Lax/);
		expect(cookie).not.toMatch(/Secure/);
		const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '');
		expect(expires).toBeGreaterThan(Date.now() + 29 * 24 * 60 * MINUTE);
	});

	it('sends no cookie while the expiry has not moved', async () => {
		const token = signIn('demo-citizen-liga', 'citizen');
		const response = await fetch(`${origin}/trpc/identity.me`, {
			headers: { cookie: `${SESSION_COOKIE_PLAIN}=${token}` }
		});
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('forgets the person at once after sign-out (no cached session)', async () => {
		const token = signIn('demo-citizen-marta', 'citizen');
		const me = () =>
			fetch(`${origin}/trpc/identity.me`, {
				headers: { cookie: `${SESSION_COOKIE_PLAIN}=${token}` }
			}).then((r) => r.json() as Promise<{ result: { data: { id: string } | null } }>);
		expect((await me()).result.data?.id).toBe('demo-citizen-marta');
		invalidateSession(db, sessionIdFromToken(token));
		expect((await me()).result.data).toBeNull();
	});

	it('leaves to SvelteKit what is not the API, and paths that only look like it', async () => {
		for (const path of ['/', '/trpc', '/trpc/../login', '/trpcx/identity.me']) {
			const response = await fetch(`${origin}${path}`);
			expect(response.status, path).toBe(599);
		}
	});
});
