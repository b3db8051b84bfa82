import { createTRPCClient, httpLink } from '@trpc/client';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SESSION_COOKIE_PLAIN as SESSION_COOKIE } from '../../server/identity/session-cookie';
import type { AppRouter } from '../../server/app/router';
import { SCHEMA_VERSION, type PushOutput } from '../../src/lib/domain/sync';
import { BATCH_SIZE, saveDraftBatch } from './workload';

/**
 * Mutations applied per second through `sync.push` over HTTP: several closed-loop clients,
 * each one browser profile (its own clientId) of its own signed-in person, each pushing its
 * next batch as soon as the previous one is answered.
 */

export type PushRun = {
	mutationsPerSecond: number;
	/** Every mutation applied, warm-up included: the server's table must hold this many rows. */
	appliedTotal: number;
};

type Shared = { measuring: boolean; stopped: boolean; counted: number; appliedTotal: number };

function clientFor(origin: string, token: string) {
	return createTRPCClient<AppRouter>({
		links: [httpLink({ url: `${origin}/trpc`, headers: { cookie: `${SESSION_COOKIE}=${token}` } })]
	});
}

/** A benchmark that counted rejected mutations would measure the wrong thing. */
function checkAllApplied(output: PushOutput, firstId: number): void {
	const rejected = output.results.find((r) => r.status !== 'applied');
	if (rejected) {
		throw new Error(`push rejected a mutation: ${JSON.stringify(rejected)}`);
	}
	const lastId = firstId + BATCH_SIZE - 1;
	if (output.results.length !== BATCH_SIZE || output.lastMutationId !== lastId) {
		throw new Error(
			`push applied ${output.results.length} of ${BATCH_SIZE}, up to ${output.lastMutationId}`
		);
	}
}

async function runClient(origin: string, token: string, shared: Shared): Promise<void> {
	const api = clientFor(origin, token);
	const clientId = randomUUID();
	let nextId = 1;
	while (!shared.stopped) {
		const output = await api.sync.push.mutate({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: saveDraftBatch(nextId)
		});
		checkAllApplied(output, nextId);
		nextId += BATCH_SIZE;
		shared.appliedTotal += BATCH_SIZE;
		// Batches answered inside the window count; one in flight at either edge is as likely
		// to be counted at the start as dropped at the end, so the rate stays unbiased.
		if (shared.measuring) {
			shared.counted += BATCH_SIZE;
		}
	}
}

export async function measurePush(
	origin: string,
	tokens: readonly string[],
	warmupMs: number,
	measureMs: number
): Promise<PushRun> {
	const shared: Shared = { measuring: false, stopped: false, counted: 0, appliedTotal: 0 };
	const clients = Promise.all(tokens.map((token) => runClient(origin, token, shared)));
	try {
		// Racing the clients makes a failing push end the run at once, not after the window.
		await Promise.race([clients, sleep(warmupMs)]);
		shared.measuring = true;
		const start = performance.now();
		await Promise.race([clients, sleep(measureMs)]);
		const seconds = (performance.now() - start) / 1000;
		shared.measuring = false;
		const counted = shared.counted;
		shared.stopped = true;
		await clients;
		return { mutationsPerSecond: counted / seconds, appliedTotal: shared.appliedTotal };
	} finally {
		shared.stopped = true;
	}
}
