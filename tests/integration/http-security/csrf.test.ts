import { describe, expect, it } from 'vitest';
import { csrfHandle, rateLimitHandle } from '../../../server/http/handles';
import { LATVIJA_RETURN_PATH } from '../../../server/identity/latvija/paths';
import { handleTrpcRequest } from '../../../server/app/http';
import { count, freshDb } from '../harness';
import { APP, chain, identityOf, pushBody, testLimits, throughHandles } from './support';

/**
 * Requests another site makes a browser send are refused; the app's own, and programs that
 * are no browser (no Origin, no Sec-Fetch-Site), go through. Through the real tRPC handler
 * on SQLite, and through the hooks' handles for everything else.
 */
const db = freshDb();
const anna = identityOf(db, 'demo-citizen-anna');
const { limits } = testLimits();

function push(headers: Record<string, string>, body = pushBody()) {
	return handleTrpcRequest(
		new Request(`${APP}/trpc/sync.push`, { method: 'POST', headers, body }),
		db,
		anna,
		'192.0.2.1',
		limits
	);
}

const drafts = () => count(db, 'select count(*) n from application');

describe('tRPC refuses cross-site requests', () => {
	it('refuses a push whose Origin is another site, with a reason, and applies nothing', async () => {
		const before = drafts();
		const response = await push({
			'content-type': 'application/json',
			origin: 'https://evil.example'
		});
		expect(response.status).toBe(403);
		expect(await response.text()).toMatch(/Cross-site request refused.*evil\.example/);
		expect(drafts()).toBe(before);
	});

	it.each([
		['cross-site', { 'sec-fetch-site': 'cross-site' }],
		['same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
		['an opaque origin', { origin: 'null' }],
		['http instead of https', { origin: 'http://kopa.example.lv' }]
	])('refuses a push from %s', async (_, headers) => {
		const response = await push({ 'content-type': 'application/json', ...headers });
		expect(response.status).toBe(403);
	});

	it.each([
		['text/plain', 'text/plain'],
		['a form', 'application/x-www-form-urlencoded'],
		['multipart', 'multipart/form-data; boundary=x'],
		['no type at all', '']
	])('refuses a %s body even from our own origin (only JSON is accepted)', async (_, type) => {
		const before = drafts();
		const headers: Record<string, string> = { origin: APP, 'sec-fetch-site': 'same-origin' };
		if (type) {
			headers['content-type'] = type;
		}
		const response = await push(headers);
		expect(response.status).toBe(415);
		expect(await response.text()).toContain('application/json');
		expect(drafts()).toBe(before);
	});

	it('takes the app’s own JSON push', async () => {
		const before = drafts();
		const response = await push({
			'content-type': 'application/json; charset=utf-8',
			origin: APP,
			'sec-fetch-site': 'same-origin'
		});
		expect(response.status).toBe(200);
		expect(drafts()).toBe(before + 1);
	});

	it('takes a push from a program that is no browser (no Origin, no Sec-Fetch-Site)', async () => {
		const response = await push({ 'content-type': 'application/json' });
		expect(response.status).toBe(200);
	});

	it('refuses a cross-site read of the API, and serves the app’s own', async () => {
		const read = (headers: Record<string, string>) =>
			handleTrpcRequest(
				new Request(`${APP}/trpc/identity.me`, { headers }),
				db,
				anna,
				null,
				limits
			);
		expect((await read({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
		expect((await read({ origin: 'https://evil.example' })).status).toBe(403);
		expect((await read({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
		// Typed into the address bar: no page asked for it.
		expect((await read({ 'sec-fetch-site': 'none' })).status).toBe(200);
	});
});

describe('the hooks refuse cross-site writes everywhere but the identity provider’s return', () => {
	const handle = chain(csrfHandle, rateLimitHandle(limits));
	const form = (path: string, headers: Record<string, string>, method = 'POST') =>
		throughHandles(
			handle,
			new Request(`${APP}${path}`, {
				method,
				headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
				body: 'personId=demo-citizen-anna'
			}),
			{ identity: anna }
		);

	it('refuses a sign-in form posted from another site (what kit.csrf did)', async () => {
		const response = await form('/login?/signin', {
			origin: 'https://evil.example',
			'sec-fetch-site': 'cross-site'
		});
		expect(response.status).toBe(403);
		expect(await response.text()).toContain('Cross-site request refused');
	});

	it('takes the sign-in form from our own page', async () => {
		const response = await form('/login?/signin', { origin: APP, 'sec-fetch-site': 'same-origin' });
		expect(response.status).toBe(200);
	});

	it('lets the identity provider POST its answer to the return path, and only there', async () => {
		const idp = { origin: 'https://lvp.latvija.lv', 'sec-fetch-site': 'cross-site' };
		expect((await form(LATVIJA_RETURN_PATH, idp)).status).toBe(200);
		expect((await form(`${LATVIJA_RETURN_PATH}/x`, idp)).status).toBe(403);
		expect((await form(`${LATVIJA_RETURN_PATH}x`, idp)).status).toBe(403);
		expect((await form('/auth/latvija/start', idp)).status).toBe(403);
	});

	it('refuses a chunk upload from another site', async () => {
		const response = await form('/api/blob/abc', { origin: 'https://evil.example' }, 'PUT');
		expect(response.status).toBe(403);
	});

	it('lets other sites link to pages (a GET navigation changes nothing)', async () => {
		const response = await throughHandles(
			handle,
			new Request(`${APP}/riga`, { headers: { 'sec-fetch-site': 'cross-site' } })
		);
		expect(response.status).toBe(200);
	});
});
