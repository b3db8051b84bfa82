import type { PullOutput } from '../domain/application';
import { uuidv7 } from '../domain/ids';
import type { MutationArgs, MutationName } from '../domain/mutations';
import { SCHEMA_VERSION, type PullInput, type PushInput, type PushOutput } from '../domain/sync';
import type { KopaDb, MutationCall, OutboxRow } from './db';
import { rebase } from './local-mutators';
import { settleRefusals } from './refusals';

export interface SyncTransport {
	push(input: PushInput): Promise<PushOutput>;
	pull(input: PullInput): Promise<PullOutput>;
}

/** Runs `fn` while holding the per-person sync lock (one runner per origin across tabs). */
export type LockRunner = <T>(fn: () => Promise<T>) => Promise<T>;

export const PUSH_BATCH = 100;

export class OutOfOrderError extends Error {
	constructor(readonly expected: number) {
		super(`server expected mutation ${expected}`);
	}
}

const runUnlocked: LockRunner = (fn) => fn();

/** Just the name and arguments (a whole outbox row may be passed where a call is asked). */
function pickCall(call: MutationCall): MutationCall {
	return { name: call.name, args: call.args } as MutationCall;
}

/**
 * The client half of SYNC.md §1: local writes go to the outbox in the same Dexie
 * transaction as their optimistic effect; sync pushes the outbox in id order, then pulls
 * what changed and rebases what is still unconfirmed.
 */
export class SyncEngine {
	private running: Promise<void> | null = null;

	constructor(
		readonly db: KopaDb,
		private readonly transport: SyncTransport,
		private readonly options: { now?: () => number; withLock?: LockRunner } = {}
	) {}

	private now(): number {
		return this.options.now?.() ?? Date.now();
	}

	async clientId(): Promise<string> {
		return this.db.transaction('rw', this.db.meta, async () => {
			const row = await this.db.meta.get('clientId');
			if (typeof row?.value === 'string') {
				return row.value;
			}
			const id = uuidv7();
			await this.db.meta.put({ key: 'clientId', value: id });
			return id;
		});
	}

	/**
	 * Records a change locally and queues it, atomically; returns its mutation id. The name
	 * and its arguments are typed by the mutation map (domain/mutations.ts).
	 */
	async mutate<N extends MutationName>(
		name: N,
		args: MutationArgs<N>,
		recordId: string
	): Promise<number> {
		const { db } = this;
		// TypeScript cannot pair a generic name with its arguments inside the union by itself.
		const call = { name, args } as MutationCall;
		return db.transaction('rw', [db.outbox, db.records, db.serverBase, db.meta], async () => {
			const mutationId = await this.enqueue(call, recordId);
			await this.settle(recordId);
			await this.writeView(recordId);
			return mutationId;
		});
	}

	/**
	 * Ways out of a refusal (decision 0002): refused changes the person drops (`discard`), or
	 * sends again as new changes in their order (`resend`). Only refused rows are touched.
	 */
	async discard(mutationIds: readonly number[]): Promise<void> {
		await this.rewriteRefused(mutationIds, false);
	}

	async resend(mutationIds: readonly number[]): Promise<void> {
		await this.rewriteRefused(mutationIds, true);
	}

	private async rewriteRefused(mutationIds: readonly number[], again: boolean): Promise<void> {
		const { db } = this;
		await db.transaction('rw', [db.outbox, db.records, db.serverBase, db.meta], async () => {
			const rows = (await db.outbox.bulkGet([...mutationIds]))
				.filter((row): row is OutboxRow => row?.status === 'rejected')
				.sort((a, b) => a.mutationId - b.mutationId);
			await db.outbox.bulkDelete(rows.map((row) => row.mutationId));
			for (const row of again ? rows : []) {
				await this.enqueue(row, row.recordId);
			}
			for (const recordId of new Set(rows.map((row) => row.recordId))) {
				await this.writeView(recordId);
			}
		});
	}

	/** Allocates the next mutation id and adds the row. Call inside a rw transaction. */
	private async enqueue(call: MutationCall, recordId: string): Promise<number> {
		const { db } = this;
		const last = (await db.meta.get('lastMutationId'))?.value;
		const mutationId = (typeof last === 'number' ? last : 0) + 1;
		await db.meta.put({ key: 'lastMutationId', value: mutationId });
		const base = await db.serverBase.get(recordId);
		await db.outbox.add({
			mutationId,
			...pickCall(call),
			recordId,
			baseVersions: { [recordId]: base?.version ?? 0 },
			status: 'pending',
			schemaVersion: SCHEMA_VERSION,
			createdAt: this.now(),
			attempts: 0
		});
		return mutationId;
	}

	/** Applies settleRefusals to one record's outbox. Call inside a rw transaction. */
	private async settle(recordId: string): Promise<void> {
		const { db } = this;
		const rows = await db.outbox.where('recordId').equals(recordId).toArray();
		const { deletes, puts, requeue } = settleRefusals(rows);
		await db.outbox.bulkDelete(deletes);
		await db.outbox.bulkPut(puts);
		for (const call of requeue) {
			await this.enqueue(call, recordId);
		}
	}

	/** One sync: push everything pending, then pull. Concurrent calls share one run. */
	sync(): Promise<void> {
		this.running ??= (this.options.withLock ?? runUnlocked)(async () => {
			await this.pushAll();
			await this.pullAll();
		}).finally(() => {
			this.running = null;
		});
		return this.running;
	}

	private async pushAll(): Promise<void> {
		try {
			await this.pushBatches();
		} catch (error) {
			if (!(error instanceof OutOfOrderError)) {
				throw error;
			}
			// The server no longer knows this client's history (restored from a backup, or
			// reset): start afresh as a new client and send what is still unsent.
			await this.restartAsNewClient();
			await this.pushBatches();
		}
	}

	/**
	 * A new client id, the outbox renumbered from 1 in the same order, and no cookie, so the
	 * next pull is a full reset. Nothing unsent is dropped.
	 */
	private async restartAsNewClient(): Promise<void> {
		const { db } = this;
		await db.transaction('rw', [db.outbox, db.meta], async () => {
			const rows = await db.outbox.orderBy('mutationId').toArray();
			await db.outbox.clear();
			await db.outbox.bulkAdd(
				rows.map((row, index) => ({
					...row,
					mutationId: index + 1,
					// Answers from the old server history mean nothing to the new one.
					status: row.status === 'rejected' ? row.status : 'pending'
				}))
			);
			await db.meta.put({ key: 'clientId', value: uuidv7() });
			await db.meta.put({ key: 'lastMutationId', value: rows.length });
			await db.meta.delete('cookie');
		});
	}

	private async pushBatches(): Promise<void> {
		const { db } = this;
		const clientId = await this.clientId();
		for (;;) {
			const pending = (
				await db.outbox.where('status').equals('pending').sortBy('mutationId')
			).slice(0, PUSH_BATCH);
			if (pending.length === 0) {
				return;
			}
			await db.outbox.bulkUpdate(
				pending.map((row) => ({ key: row.mutationId, changes: { attempts: row.attempts + 1 } }))
			);
			const out = await this.transport.push({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations: pending.map((row) => ({
					id: row.mutationId,
					name: row.name,
					args: row.args,
					...(row.baseVersions ? { baseVersions: row.baseVersions } : {}),
					clientTs: row.createdAt
				}))
			});
			await db.transaction('rw', [db.outbox, db.records, db.serverBase, db.meta], async () => {
				await db.meta.put({ key: 'lastPushOkAt', value: this.now() });
				const touched = new Set<string>();
				for (const result of out.results) {
					const row = await db.outbox.get(result.id);
					if (!row) {
						continue;
					}
					touched.add(row.recordId);
					await db.outbox.update(
						result.id,
						result.status === 'applied'
							? { status: 'applied' }
							: { status: 'rejected', error: result.error }
					);
				}
				for (const recordId of touched) {
					await this.settle(recordId);
					await this.writeView(recordId);
				}
			});
			if (out.outOfOrder) {
				throw new OutOfOrderError(out.outOfOrder.expected);
			}
			if (out.results.length === 0) {
				return;
			}
		}
	}

	private async pullAll(): Promise<void> {
		const { db } = this;
		const clientId = await this.clientId();
		let first = true;
		for (;;) {
			const cookie = (await db.meta.get('cookie'))?.value as PullInput['cookie'] | undefined;
			const out = await this.transport.pull({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				cookie: cookie ?? null
			});
			await db.transaction(
				'rw',
				[db.outbox, db.records, db.serverBase, db.meta, db.conflicts, db.inspections],
				async () => {
					const touched = new Set<string>();
					if (out.reset && first) {
						// A new or restored server: its snapshot replaces our copy of it. Local
						// changes stay in the outbox and are replayed on top.
						for (const key of await db.serverBase.toCollection().primaryKeys()) {
							touched.add(key);
						}
						for (const key of await db.records.toCollection().primaryKeys()) {
							touched.add(key);
						}
						await db.serverBase.clear();
						await db.conflicts.clear();
						// An older server sends no inspections: keep what the device has then.
						if (out.inspections) {
							await db.inspections.clear();
						}
					}
					for (const entry of out.inspections ?? []) {
						if (entry.op === 'put' && entry.data) {
							await db.inspections.put(entry.data);
						} else {
							await db.inspections.delete(entry.id);
						}
					}
					for (const entry of out.patch) {
						touched.add(entry.id);
						if (entry.op === 'put' && entry.data) {
							await db.serverBase.put(entry.data);
						} else {
							await db.serverBase.delete(entry.id);
						}
					}
					for (const conflict of out.conflicts) {
						touched.add(conflict.applicationId);
						await db.conflicts.put({ ...conflict, recordId: conflict.applicationId });
						// Our own refused edit now lives in the conflict, both values kept.
						if (conflict.origin?.clientId === clientId) {
							const own = await db.outbox.get(conflict.origin.mutationId);
							if (own?.status === 'rejected') {
								await db.outbox.delete(own.mutationId);
							}
						}
					}
					// Everything up to lastMutationId is in this snapshot: confirmed rows can go.
					const confirmed = await db.outbox
						.where('mutationId')
						.belowOrEqual(out.lastMutationId)
						.filter((row) => row.status === 'applied')
						.toArray();
					await db.outbox.bulkDelete(confirmed.map((row) => row.mutationId));
					for (const row of confirmed) {
						touched.add(row.recordId);
					}
					for (const recordId of touched) {
						await this.writeView(recordId);
					}
					await db.meta.put({ key: 'cookie', value: out.cookie });
					await db.meta.put({ key: 'lastPullOkAt', value: this.now() });
				}
			);
			first = false;
			if (!out.hasMore) {
				return;
			}
		}
	}

	/** records[id] = serverBase[id] ⊕ replay(outbox rows of id). Call inside a rw transaction. */
	private async writeView(recordId: string, rows?: OutboxRow[]): Promise<void> {
		const { db } = this;
		const outboxRows = rows ?? (await db.outbox.where('recordId').equals(recordId).toArray());
		const record = rebase(await db.serverBase.get(recordId), outboxRows);
		if (record) {
			await db.records.put(record);
		} else {
			await db.records.delete(recordId);
		}
	}
}
