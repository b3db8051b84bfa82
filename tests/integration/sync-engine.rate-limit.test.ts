import 'fake-indexeddb/auto';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createRateLimits } from '../../server/kernel/limits';
import { handleTrpcRequest } from '../../server/app/http';
import type { AppRouter } from '../../server/app/router';
import { readPutResponse } from '../../src/lib/client/attachments/upload-transport';
import { openKopaDb } from '../../src/lib/client/db';
import { zPullOutput } from '../../src/lib/domain/application';
import { zPushOutput } from '../../src/lib/domain/sync';
import { askedWaitMs, RetryLaterError, retryDelayMs } from '../../src/lib/client/retry-after';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { SyncScheduler, type SyncRunState } from '../../src/lib/client/sync-scheduler';
import { uuidv7 } from '../../src/lib/domain/ids';
import { count, freshDb } from './harness';
import { APP, identityOf, testLimits } from './http-security/support';

/**
 * A rate-limited server (429, Retry-After) is a transient failure for the browser: nothing
 * queued is lost, and the next attempt waits at least as long as the server asked. The real
 * engine on fake-indexeddb, the real tRPC client, the real HTTP handler on SQLite.
 */
function setup(limits: ReturnType<typeof testLimits>['limits']) {
	const server = freshDb();
	const anna = identityOf(server, 'demo-citizen-anna');
	let pushes = 0;
	const api = createTRPCClient<AppRouter>({
		links: [
			httpLink({
				url: `${APP}/trpc`,
				fetch: (url, init) => {
					const request = new Request(url, init);
					if (request.url.includes('sync.push')) {
						pushes += 1;
					}
					return handleTrpcRequest(request, server, anna, '192.0.2.1', limits);
				}
			})
		]
	});
	// As src/lib/client/trpc-transport.ts, over this client.
	const transport: SyncTransport = {
		push: async (input) => zPushOutput.parse(await api.sync.push.mutate(input)),
		pull: async (input) => zPullOutput.parse(await api.sync.pull.mutate(input))
	};
	const engine = new SyncEngine(
		openKopaDb('demo-citizen-anna', `kopa-test-${randomUUID()}`),
		transport
	);
	return { server, engine, pushes: () => pushes };
}

const draft = (id: string, patch: Record<string, string>) => ({
	id,
	municipalityId: 'riga',
	service: 'education-enrolment',
	patch
});

describe('sync against a rate-limited server', () => {
	it('keeps the queue on a 429 and reads the wait the server asked for', async () => {
		const { limits, advance } = testLimits({ push: { person: 1, address: 100 } });
		const { server, engine } = setup(limits);
		const first = uuidv7();
		await engine.mutate('application.saveDraft', draft(first, { childGivenName: 'Ella' }), first);
		await engine.sync();
		const second = uuidv7();
		await engine.mutate('application.saveDraft', draft(second, { childGivenName: 'Rūta' }), second);

		advance(15_000);
		const failure = await engine.sync().then(
			() => null,
			(error: unknown) => error
		);
		expect(failure).toBeInstanceOf(TRPCClientError);
		expect(askedWaitMs(failure)).toBe(45_000);
		// However many failures came before, the wait is never shorter than asked.
		expect(retryDelayMs(1, failure, 60_000)).toBe(45_000);
		expect(await engine.db.outbox.count()).toBe(1);
		expect(count(server, 'select count(*) n from application')).toBe(1);

		advance(45_000);
		await engine.sync();
		expect(await engine.db.outbox.count()).toBe(0);
		expect(count(server, 'select count(*) n from application')).toBe(2);
	});
});

describe('SyncScheduler after a 429', () => {
	beforeEach(() => {
		// Timers and Date are fake; fake-indexeddb's setImmediate stays real.
		vi.useFakeTimers({
			toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']
		});
		vi.stubGlobal('window', new EventTarget());
		vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
		vi.stubGlobal('navigator', { onLine: true });
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits at least Retry-After, even when the connection returns or the interval ticks', async () => {
		const limits = createRateLimits(
			{
				signIn: { person: null, address: 100 },
				push: { person: 1, address: 100 },
				upload: { person: 100, address: 100 },
				myData: { person: 100, address: 100 },
				search: { person: 100, address: 100 }
			},
			() => Date.now()
		);
		const { engine, pushes } = setup(limits);
		const states: SyncRunState[] = [];
		const scheduler = new SyncScheduler(engine, (s) => states.push(s));
		const settled = async (n: number) => {
			await vi.advanceTimersByTimeAsync(0);
			await vi.waitFor(() => expect(states.filter((s) => s.phase !== 'sending').length).toBe(n));
		};
		const first = uuidv7();
		await engine.mutate('application.saveDraft', draft(first, { childGivenName: 'Ella' }), first);
		scheduler.start();
		await settled(1);
		expect(states.at(-1)?.phase).toBe('idle');

		const second = uuidv7();
		await engine.mutate('application.saveDraft', draft(second, { childGivenName: 'Rūta' }), second);
		scheduler.request(0);
		await settled(2);
		const failed = states.at(-1);
		expect(failed?.phase).toBe('failed');
		const retryAt = failed?.phase === 'failed' ? failed.retryAt : 0;
		expect(retryAt - Date.now()).toBeGreaterThanOrEqual(59_000);
		const pushesWhenRefused = pushes();

		// Coming online, the tab shown, the 30 s interval: none of them pushes early.
		window.dispatchEvent(new Event('online'));
		document.dispatchEvent(new Event('visibilitychange'));
		await vi.advanceTimersByTimeAsync(58_000);
		expect(pushes()).toBe(pushesWhenRefused);

		await vi.advanceTimersByTimeAsync(2_000);
		await settled(3);
		expect(states.at(-1)?.phase).toBe('idle');
		expect(await engine.db.outbox.count()).toBe(0);
		scheduler.stop();
	});
});

describe('uploads after a 429', () => {
	it('take a limited chunk as "wait", not as a refusal of the file', async () => {
		const response = new Response(
			JSON.stringify({ error: { code: 'TOO_MANY_REQUESTS', message: 'Too many attempts.' } }),
			{ status: 429, headers: { 'retry-after': '12', 'content-type': 'application/json' } }
		);
		const failure = await readPutResponse(response).then(
			() => null,
			(error: unknown) => error
		);
		expect(failure).toBeInstanceOf(RetryLaterError);
		expect(askedWaitMs(failure)).toBe(12_000);
	});
});
