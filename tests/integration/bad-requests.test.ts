import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { peopleRepo } from '../../server/identity/people.repo';
import type { RequestIdentity } from '../../server/identity/request-identity';
import { handleTrpcRequest } from '../../server/app/http';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { freshDb } from './harness';

const db = freshDb();
const anna = peopleRepo.findById(db, 'demo-citizen-anna');
const signedIn: RequestIdentity = {
	person: anna,
	roles: [],
	sessionId: 'test',
	session: { id: 'test', kind: 'citizen', actingFor: null },
	renewedUntil: null
};

function post(path: string, body: string, contentType = 'application/json') {
	return handleTrpcRequest(
		new Request(`http://localhost/trpc/${path}`, {
			method: 'POST',
			headers: { 'content-type': contentType },
			body
		}),
		db,
		signedIn
	);
}

describe('malformed requests get a 4xx with a reason, never a 5xx', () => {
	const cases: [string, string, string][] = [
		['not JSON', 'sync.push', '{"clientId":'],
		['wrong shape', 'sync.push', JSON.stringify({ clientId: 42, mutations: 'x' })],
		[
			'not a uuid',
			'sync.pull',
			JSON.stringify({ clientId: 'abc', schemaVersion: 1, cookie: null })
		],
		[
			'too many mutations',
			'sync.push',
			JSON.stringify({
				clientId: randomUUID(),
				schemaVersion: SCHEMA_VERSION,
				mutations: Array.from({ length: 501 }, (_, i) => ({ id: i + 1, name: 'x', args: {} }))
			})
		],
		[
			'negative mutation id',
			'sync.push',
			JSON.stringify({
				clientId: randomUUID(),
				schemaVersion: SCHEMA_VERSION,
				mutations: [{ id: -1, name: 'x', args: {} }]
			})
		],
		[
			'future schema version',
			'sync.push',
			JSON.stringify({ clientId: randomUUID(), schemaVersion: 999, mutations: [] })
		],
		['unknown procedure', 'sync.nothing', '{}'],
		['deeply nested', 'sync.push', '['.repeat(5000) + ']'.repeat(5000)]
	];

	for (const [name, path, body] of cases) {
		it(name, async () => {
			const response = await post(path, body);
			expect(response.status).toBeGreaterThanOrEqual(400);
			expect(response.status).toBeLessThan(500);
			const json = (await response.json()) as { error?: { message?: string } };
			expect(json.error?.message).toBeTruthy();
		});
	}

	it('refuses unknown mutations and bad arguments per mutation, not per request', async () => {
		const response = await post(
			'sync.push',
			JSON.stringify({
				clientId: randomUUID(),
				schemaVersion: SCHEMA_VERSION,
				mutations: [
					{ id: 1, name: 'application.destroyEverything', args: {} },
					{ id: 2, name: 'application.saveDraft', args: { id: 'nope' } }
				]
			})
		);
		expect(response.status).toBe(200);
		const json = (await response.json()) as {
			result: { data: { results: { status: string; error?: { code: string } }[] } };
		};
		expect(json.result.data.results.map((r) => r.error?.code)).toEqual([
			'UNKNOWN_MUTATION',
			'INVALID_ARGS'
		]);
	});

	it('asks a signed-out caller to sign in (401)', async () => {
		const response = await handleTrpcRequest(
			new Request('http://localhost/trpc/sync.push', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}'
			}),
			db,
			{ person: null, roles: [], sessionId: null, session: null, renewedUntil: null }
		);
		expect(response.status).toBe(401);
	});
});
