import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { csrfHandle, rateLimitHandle } from '../../../server/http/handles';
import { LATVIJA_RETURN_PATH, LATVIJA_START_PATH } from '../../../server/identity/latvija/paths';
import { handleTrpcRequest } from '../../../server/app/http';
import { count, freshDb } from '../harness';
import { APP, chain, identityOf, pushBody, testLimits, throughHandles } from './support';

/**
 * The limits answer 429 with Retry-After and a message saying how long to wait, per person
 * and per address; through the real tRPC handler on SQLite and the hooks' handles.
 */
const db = freshDb();
const anna = identityOf(db, 'demo-citizen-anna');
const janis = identityOf(db, 'demo-citizen-janis');

const MESSAGE = /^Pārāk daudz mēģinājumu\. Mēģiniet vēlreiz pēc \d+ s\. \/ Too many attempts\./;

type TrpcError = { error: { message: string; data: { code: string; retryAfter?: number } } };

describe('tRPC limits: sync.push and attachments.*', () => {
	const json = { 'content-type': 'application/json' };
	const call = (
		limits: ReturnType<typeof testLimits>['limits'],
		identity = anna,
		path = 'sync.push',
		body = pushBody(),
		address = '192.0.2.1'
	) =>
		handleTrpcRequest(
			new Request(`${APP}/trpc/${path}`, { method: 'POST', headers: json, body }),
			db,
			identity,
			address,
			limits
		);

	it('answers the push over the person’s limit with 429, Retry-After and the wait in data', async () => {
		const { limits, advance } = testLimits({ push: { person: 2, address: 100 } });
		expect((await call(limits)).status).toBe(200);
		advance(20_000);
		expect((await call(limits)).status).toBe(200);
		advance(10_000);
		const drafts = count(db, 'select count(*) n from application');
		const refused = await call(limits);
		expect(refused.status).toBe(429);
		// The first push leaves the window 60 s after it was made: 30 s from now.
		expect(refused.headers.get('retry-after')).toBe('30');
		const body = (await refused.json()) as TrpcError;
		expect(body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: 30 });
		expect(body.error.message).toMatch(MESSAGE);
		expect(body.error.message).toContain('pēc 30 s');
		expect(count(db, 'select count(*) n from application')).toBe(drafts);
		// Another person from another address is not held up by Anna.
		expect((await call(limits, janis, 'sync.push', pushBody(), '192.0.2.2')).status).toBe(200);
		advance(30_000);
		expect((await call(limits)).status).toBe(200);
	});

	it('limits an address across the people behind it', async () => {
		const { limits } = testLimits({ push: { person: 100, address: 2 } });
		expect((await call(limits, anna)).status).toBe(200);
		expect((await call(limits, janis)).status).toBe(200);
		expect((await call(limits, anna)).status).toBe(429);
		expect((await call(limits, janis, 'sync.push', pushBody(), '192.0.2.99')).status).toBe(200);
	});

	it('counts every call of a batch, so batching does not go round the limit', async () => {
		const { limits } = testLimits({ push: { person: 1, address: 100 } });
		const batch = `{"0":${pushBody()},"1":${pushBody()}}`;
		const response = await handleTrpcRequest(
			new Request(`${APP}/trpc/sync.push,sync.push?batch=1`, {
				method: 'POST',
				headers: json,
				body: batch
			}),
			db,
			anna,
			'192.0.2.1',
			limits
		);
		expect(response.status).toBe(429);
	});

	it('counts attachments.* calls as uploads, and leaves other procedures alone', async () => {
		const { limits } = testLimits({ upload: { person: 1, address: 100 } });
		const begin = () =>
			call(
				limits,
				anna,
				'attachments.beginUpload',
				JSON.stringify({ sha256: 'a'.repeat(64), size: 10, mime: 'application/pdf' })
			);
		expect((await begin()).status).not.toBe(429);
		expect((await begin()).status).toBe(429);
		const pull = await call(
			limits,
			anna,
			'sync.pull',
			JSON.stringify({ clientId: randomUUID(), schemaVersion: 1, cookie: null })
		);
		expect(pull.status).toBe(200);
	});
});

describe('sign-in and upload limits in the hooks', () => {
	it('sends a browser over the sign-in limit back to the sign-in page, saying how long', async () => {
		const { limits, advance } = testLimits({ signIn: { person: null, address: 3 } });
		const handle = chain(csrfHandle, rateLimitHandle(limits));
		const signIn = (path: string, method = 'GET') =>
			throughHandles(
				handle,
				new Request(`${APP}${path}`, {
					method,
					headers: { origin: APP, 'content-type': 'application/x-www-form-urlencoded' },
					body: method === 'POST' ? 'personId=demo-citizen-anna' : undefined
				}),
				{ address: '198.51.100.7' }
			);
		// Both ends of Latvija.lv sign-in and the demo form count against the address.
		expect((await signIn(LATVIJA_START_PATH)).status).toBe(200);
		expect((await signIn(LATVIJA_RETURN_PATH, 'POST')).status).toBe(200);
		expect((await signIn('/login?/signin', 'POST')).status).toBe(200);
		advance(15_000);
		const refused = await signIn('/login?/signin', 'POST');
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('45');
		expect(refused.headers.get('content-type')).toContain('text/html');
		const page = await refused.text();
		expect(page).toContain('content="0; url=/login?error=rate_limited&amp;retry=45"');
		expect(refused.headers.get('location')).toBe('/login?error=rate_limited&retry=45');
		expect(page).toMatch(/Pārāk daudz mēģinājumu\. Mēģiniet vēlreiz pēc 45 s\./);
		// Signing out and reading the sign-in page are not sign-in attempts.
		expect((await signIn('/login?/signout', 'POST')).status).toBe(200);
		expect((await signIn('/login')).status).toBe(200);
		// Another address is not held up.
		const elsewhere = await throughHandles(handle, new Request(`${APP}${LATVIJA_START_PATH}`), {
			address: '198.51.100.8'
		});
		expect(elsewhere.status).toBe(200);
	});

	it('answers chunk uploads over the limit with 429 JSON the upload client understands', async () => {
		const { limits } = testLimits({ upload: { person: 2, address: 100 } });
		const handle = chain(csrfHandle, rateLimitHandle(limits));
		const put = () =>
			throughHandles(
				handle,
				new Request(`${APP}/api/blob/${'b'.repeat(64)}`, {
					method: 'PUT',
					headers: { origin: APP, 'content-type': 'application/offset+octet-stream' },
					body: 'x'
				}),
				{ identity: anna }
			);
		expect((await put()).status).toBe(200);
		expect((await put()).status).toBe(200);
		const refused = await put();
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		const body = (await refused.json()) as { error: { code: string; message: string } };
		expect(body.error.code).toBe('TOO_MANY_REQUESTS');
		expect(body.error.message).toMatch(MESSAGE);
		// Reading a file is no upload.
		const get = await throughHandles(handle, new Request(`${APP}/api/blob/${'b'.repeat(64)}`), {
			identity: anna
		});
		expect(get.status).toBe(200);
	});
});
