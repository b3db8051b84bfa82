import { describe, expect, it } from 'vitest';
import { handleTrpcRequest } from '../../../server/app/http';
import { createContext } from '../../../server/kernel/context';
import { createCaller } from '../../../server/app/router';
import { count, freshDb } from '../harness';
import { APP, identityOf, testLimits } from './support';

/**
 * account.myData (each call writes an audit row) and the officers' queue search are limited
 * per person and per address: over /trpc and from server loads through the caller alike,
 * answering 429 with Retry-After and the wait in both languages.
 */
const MESSAGE = /^Pārāk daudz mēģinājumu\. Mēģiniet vēlreiz pēc \d+ s\. \/ Too many attempts\./;
type TrpcError = { error: { message: string; data: { code: string; retryAfter?: number } } };

describe('account.myData', () => {
	it('over /trpc: the third export in a minute is 429 with Retry-After, and writes no audit row', async () => {
		const db = freshDb();
		const anna = identityOf(db, 'demo-citizen-anna');
		const { limits, advance } = testLimits({ myData: { person: 2, address: 100 } });
		const call = () =>
			handleTrpcRequest(
				new Request(`${APP}/trpc/account.myData`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{}'
				}),
				db,
				anna,
				'192.0.2.1',
				limits
			);
		const exports = () =>
			count(db, "select count(*) n from audit_event where action = 'my_data.export'");
		expect((await call()).status).toBe(200);
		advance(15_000);
		expect((await call()).status).toBe(200);
		const refused = await call();
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('45');
		const body = (await refused.json()) as TrpcError;
		expect(body.error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: 45 });
		expect(body.error.message).toMatch(MESSAGE);
		expect(exports()).toBe(2);
		advance(45_000);
		expect((await call()).status).toBe(200);
	});

	it('through the caller a server load uses: the same limit, per address too', async () => {
		const db = freshDb();
		const { limits } = testLimits({ myData: { person: 100, address: 2 } });
		const caller = (personId: string) =>
			createCaller(createContext(db, identityOf(db, personId), '198.51.100.7', limits)).account;
		await caller('demo-citizen-anna').myData();
		await caller('demo-citizen-janis').myData();
		await expect(caller('demo-citizen-liga').myData()).rejects.toMatchObject({
			code: 'TOO_MANY_REQUESTS',
			cause: { retryAfter: 60 }
		});
	});
});

describe('office.queue search', () => {
	it('limits searches per officer; the queue without a search is not counted', async () => {
		const db = freshDb();
		const { limits } = testLimits({ search: { person: 2, address: 100 } });
		const office = createCaller(
			createContext(db, identityOf(db, 'demo-officer-riga'), '192.0.2.5', limits)
		).office;
		await office.queue({ municipalityId: 'riga', q: 'liepiņa' });
		await office.queue({ municipalityId: 'riga', q: 'ozols' });
		for (let i = 0; i < 5; i++) {
			await office.queue({ municipalityId: 'riga' });
		}
		await expect(office.queue({ municipalityId: 'riga', q: 'elza' })).rejects.toMatchObject({
			code: 'TOO_MANY_REQUESTS'
		});
	});

	it('over /trpc: 429 with Retry-After', async () => {
		const db = freshDb();
		const { limits } = testLimits({ search: { person: 1, address: 100 } });
		const call = () =>
			handleTrpcRequest(
				new Request(
					`${APP}/trpc/office.queue?input=${encodeURIComponent(JSON.stringify({ municipalityId: 'riga', q: 'anna' }))}`
				),
				db,
				identityOf(db, 'demo-officer-riga'),
				'192.0.2.6',
				limits
			);
		expect((await call()).status).toBe(200);
		const refused = await call();
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('60');
	});
});
