import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openKopaDb, type KopaDb } from '../../src/lib/client/db';
import { rebase } from '../../src/lib/client/local-mutators';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import type { Db } from '../../server/db/client.server';
import { callerFor, freshDb } from './harness';

/**
 * SYNC.md T2: the real Dexie-backed engine, a fake transport in front of the real server,
 * and any sequence of local edits (two tabs), pushes that succeed, fail with 500 or a
 * network error, or commit with the answer lost, pulls, server resets and page reloads.
 * The invariants are checked after every command.
 */
const NUM_RUNS = Number(process.env.PBT_NUM_RUNS ?? 150);
const SEED = process.env.PBT_SEED ? Number(process.env.PBT_SEED) : undefined;
const PERSON = 'demo-citizen-anna';
const RECORDS = ['0190f5a0-0000-7000-8000-0000000000a1', '0190f5a0-0000-7000-8000-0000000000a2'];

type Fault = 'none' | 'http500' | 'network' | 'lostAfterCommit';

interface Real {
	server: Db;
	dbName: string;
	tabs: [SyncEngine, SyncEngine];
	fault: Fault;
	clock: number;
	/** Ids whose answer the engine received: they must never be sent again. */
	answered: Set<number>;
	lastCookieSeq: number;
	lastLmid: number;
}

function transport(real: Real): SyncTransport {
	const caller = () => callerFor(real.server, PERSON);
	return {
		async push(input) {
			for (const m of input.mutations) {
				expect(real.answered.has(m.id), `mutation ${m.id} sent after its answer`).toBe(false);
			}
			if (real.fault === 'http500') {
				throw new Error('HTTP 500');
			}
			if (real.fault === 'network') {
				throw new Error('network error');
			}
			const out = await caller().sync.push(input);
			if (real.fault === 'lostAfterCommit') {
				throw new Error('connection reset after commit');
			}
			for (const r of out.results) {
				real.answered.add(r.id);
			}
			return out;
		},
		async pull(input) {
			if (real.fault !== 'none') {
				throw new Error('network error');
			}
			return caller().sync.pull(input);
		}
	};
}

function engine(real: Real): SyncEngine {
	return new SyncEngine(openKopaDb(PERSON, real.dbName), transport(real), {
		now: () => real.clock
	});
}

async function checkInvariants(real: Real) {
	const db: KopaDb = real.tabs[0].db;
	const outbox = await db.outbox.orderBy('mutationId').toArray();
	const ids = outbox.map((r) => r.mutationId);
	expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
	const allocated = ((await db.meta.get('lastMutationId'))?.value as number | undefined) ?? 0;
	expect(Math.max(0, ...ids)).toBeLessThanOrEqual(allocated);

	// Nothing left the outbox without the server having answered it.
	const results = new Set(
		(
			real.server.$client.prepare('select mutation_id id from mutation_result').all() as {
				id: number;
			}[]
		).map((r) => r.id)
	);
	for (let id = 1; id <= allocated; id++) {
		if (!ids.includes(id)) {
			expect(results.has(id), `mutation ${id} dropped unanswered`).toBe(true);
		}
	}

	// The view is the server's copy with the unconfirmed changes replayed.
	for (const id of RECORDS) {
		const expected = rebase(
			await db.serverBase.get(id),
			outbox.filter((r) => r.recordId === id)
		);
		expect(await db.records.get(id)).toEqual(expected);
	}

	const cookie = (await db.meta.get('cookie'))?.value as { seq: number } | undefined;
	expect(cookie?.seq ?? 0).toBeGreaterThanOrEqual(real.lastCookieSeq);
	real.lastCookieSeq = cookie?.seq ?? real.lastCookieSeq;
}

type Cmd = fc.AsyncCommand<object, Real>;
const always = () => true;

const edit = (tab: 0 | 1, record: number, field: string, value: string): Cmd => ({
	check: always,
	async run(_m, real) {
		const id = RECORDS[record] ?? '';
		await real.tabs[tab].mutate(
			'application.saveDraft',
			{ id, municipalityId: 'riga', service: 'education-enrolment', patch: { [field]: value } },
			id
		);
		await checkInvariants(real);
	},
	toString: () => `tab${tab}.edit(${record}, ${field}=${value})`
});

const sync = (fault: Fault): Cmd => ({
	check: always,
	async run(_m, real) {
		real.fault = fault;
		await real.tabs[0].sync().catch(() => undefined);
		real.fault = 'none';
		await checkInvariants(real);
	},
	toString: () => `sync(${fault})`
});

const serverReset: Cmd = {
	check: always,
	async run(_m, real) {
		// A restore keeps the rows but gets a new epoch: clients must take a full snapshot.
		real.server.$client
			.prepare("update server_meta set value = ? where key = 'db_epoch'")
			.run(randomUUID());
		real.lastCookieSeq = 0;
		await checkInvariants(real);
	},
	toString: () => 'serverEpochReset'
};

const reload: Cmd = {
	check: always,
	async run(_m, real) {
		real.tabs[0].db.close();
		real.tabs = [engine(real), real.tabs[1]];
		await checkInvariants(real);
	},
	toString: () => 'reloadTab0'
};

const advanceClock = (ms: number): Cmd => ({
	check: always,
	async run(_m, real) {
		real.clock += ms;
		await checkInvariants(real);
	},
	toString: () => `advanceClock(${ms})`
});

const commands = [
	fc
		.tuple(
			fc.constantFrom(0 as const, 1 as const),
			fc.nat(1),
			fc.constantFrom('childGivenName', 'childPersonalCode'),
			fc.constantFrom('Ella', 'Marta', '121219-22342', '121219-22341')
		)
		.map(([tab, record, field, value]) => edit(tab, record, field, value)),
	fc.constantFrom<Fault>('none', 'http500', 'network', 'lostAfterCommit').map(sync),
	fc.constant(serverReset),
	fc.constant(reload),
	fc.integer({ min: 1, max: 3_600_000 }).map(advanceClock)
];

describe('the client sync engine, model-based', () => {
	it('keeps its invariants under any sequence of commands, and converges once healed', async () => {
		await fc.assert(
			fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
				const dbName = `kopa-t2-${randomUUID()}`;
				const real: Real = {
					server: freshDb(),
					dbName,
					tabs: [undefined, undefined] as unknown as [SyncEngine, SyncEngine],
					fault: 'none',
					clock: Date.parse('2026-11-27T08:00:00Z'),
					answered: new Set(),
					lastCookieSeq: 0,
					lastLmid: 0
				};
				real.tabs = [engine(real), engine(real)];
				await fc.asyncModelRun(() => ({ model: {}, real }), cmds);

				await real.tabs[0].sync();
				await checkInvariants(real);
				const outbox = await real.tabs[0].db.outbox.toArray();
				expect(outbox.filter((r) => r.status !== 'rejected')).toEqual([]);
				for (const id of RECORDS) {
					const server = real.server.$client
						.prepare('select data, version from application where id = ?')
						.get(id) as { data: string; version: number } | undefined;
					const base = await real.tabs[0].db.serverBase.get(id);
					expect(base?.version).toBe(server?.version);
					expect(base?.fields).toEqual(server ? JSON.parse(server.data) : undefined);
				}
				real.tabs.forEach((t) => t.db.close());
			}),
			{ numRuns: NUM_RUNS, seed: SEED }
		);
	}, 600_000);
});
