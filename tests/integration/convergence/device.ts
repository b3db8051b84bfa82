import Dexie from 'dexie';
import { randomUUID } from 'node:crypto';
import { openKopaDb, type ApplicationRecord, type ConflictRow } from '../../../src/lib/client/db';
import { isMutation } from '../../../src/lib/client/mutation-traits';
import { SyncEngine, type SyncTransport } from '../../../src/lib/client/sync-engine';
import { contentHash } from '../../../src/lib/domain/canonical-hash';
import type { MutationArgs, MutationName } from '../../../src/lib/domain/mutations';
import type { Cookie } from '../../../src/lib/domain/sync';
import { COMPLETE_FIELDS } from '../fixtures';
import { NetworkFault, type Network } from './network';
import type { Choice } from './schedule';
import type { SimServer } from './sim-server';
import { MUNICIPALITY, SERVICE, type FieldValue } from './values';

/**
 * One browser profile of one person: a real SyncEngine over its own fake-indexeddb
 * database. `kill()` is a crash or reload: the Dexie connection goes, and a new engine
 * opens the same database; calls the old one had in flight may still reach the server.
 */
export class Device {
	readonly dbName = `kopa-t3-${randomUUID()}`;
	engine: SyncEngine;
	private incarnation = 0;
	private syncing = false;
	/** Failures of the live engine that no network fault explains. */
	readonly errors: string[] = [];
	/** Cookie seq or lastMutationId going backwards (SYNC.md T3 property 4). */
	readonly regressions: string[] = [];
	private lastSeq = 0;
	private lastMutationId = 0;

	constructor(
		readonly key: string,
		readonly personId: string,
		private readonly server: SimServer,
		private readonly network: Network,
		private readonly newId: () => string
	) {
		this.engine = this.open();
	}

	private open(): SyncEngine {
		const incarnation = this.incarnation;
		const send = <T>(call: () => Promise<T>) => this.network.call(this.key, incarnation, call);
		const transport: SyncTransport = {
			push: (input) => send(() => this.server.push(this.key, this.personId, input)),
			pull: (input) => {
				this.note('cookie seq', input.cookie?.seq ?? 0);
				return send(() => this.server.pull(this.key, this.personId, input));
			}
		};
		return new SyncEngine(openKopaDb(this.personId, this.dbName), transport, {
			now: () => this.server.now()
		});
	}

	/** Still working on its own: neither idle nor waiting for the network. */
	get busy(): boolean {
		return this.syncing && !this.network.isWaiting(this.key, this.incarnation);
	}

	/** Starts a sync in the background, as the scheduler would; it runs until it blocks. */
	startSync(): void {
		if (this.syncing) {
			return;
		}
		this.syncing = true;
		const incarnation = this.incarnation;
		this.engine
			.sync()
			.catch((error: unknown) => {
				if (incarnation === this.incarnation && !(error instanceof NetworkFault)) {
					this.errors.push(`${this.key} sync failed: ${String(error)}`);
				}
			})
			.finally(() => {
				if (incarnation === this.incarnation) {
					this.syncing = false;
				}
			});
	}

	/** A sync on a healthy network, awaited: it must succeed. */
	syncNow(): Promise<void> {
		return this.engine.sync();
	}

	kill(): void {
		this.engine.db.close();
		this.incarnation += 1;
		this.syncing = false;
		this.engine = this.open();
	}

	async destroy(): Promise<void> {
		this.engine.db.close();
		await Dexie.delete(this.dbName);
	}

	/** The person's applications as this device shows them, in creation order. */
	records(): Promise<ApplicationRecord[]> {
		return this.engine.db.records.toArray();
	}

	async create(complete: boolean): Promise<void> {
		const id = this.newId();
		const patch = complete ? COMPLETE_FIELDS : { childGivenName: COMPLETE_FIELDS.childGivenName };
		await this.saveDraft(id, patch);
	}

	async edit(app: number, field: string, value: FieldValue): Promise<void> {
		const records = await this.records();
		const record = records[app % Math.max(records.length, 1)];
		if (record) {
			await this.saveDraft(record.id, { [field]: value });
		}
	}

	editRecord(id: string, field: string, value: FieldValue): Promise<void> {
		return this.saveDraft(id, { [field]: value });
	}

	private async saveDraft(id: string, patch: Record<string, unknown>): Promise<void> {
		await this.mutate(
			'application.saveDraft',
			{ id, municipalityId: MUNICIPALITY, service: SERVICE, patch },
			id
		);
	}

	/** A local change; the id it gets must be above every id this device allocated before. */
	private async mutate<N extends MutationName>(name: N, args: MutationArgs<N>, recordId: string) {
		const id = await this.engine.mutate(name, args, recordId);
		if (id <= this.lastMutationId) {
			this.regressions.push(`${this.key} allocated mutation ${id} after ${this.lastMutationId}`);
		}
		this.note('lastMutationId', id);
	}

	/** Submits a draft as the form does: a new submission id, the hash of what is shown. */
	async submit(app: number): Promise<void> {
		const drafts = (await this.records()).filter((r) => r.status === 'draft');
		const record = drafts[app % Math.max(drafts.length, 1)];
		if (!record) {
			return;
		}
		await this.mutate(
			'application.submit',
			{
				id: record.id,
				municipalityId: record.municipalityId,
				submissionId: this.newId(),
				payloadHash: contentHash(record.fields)
			},
			record.id
		);
	}

	/** Keeps one side of an open conflict the device has not chosen for yet (as the page does). */
	async resolve(index: number, choice: Choice): Promise<void> {
		const { db } = this.engine;
		const chosen = new Set(
			(await db.outbox.toArray())
				.filter((row) => isMutation(row, 'conflict.resolve'))
				.filter((row) => row.status !== 'rejected')
				.map((row) => row.args.conflictId)
		);
		const open = sortConflicts(
			(await db.conflicts.toArray()).filter((c) => c.status === 'open' && !chosen.has(c.id))
		);
		const conflict = open[index % Math.max(open.length, 1)];
		if (!conflict) {
			return;
		}
		await this.mutate(
			'conflict.resolve',
			{
				conflictId: conflict.id,
				applicationId: conflict.applicationId,
				municipalityId: conflict.municipalityId,
				choice,
				field: conflict.field,
				value: choice === 'client' ? conflict.clientValue : conflict.serverValue
			},
			conflict.applicationId
		);
	}

	/** Outbox rows not yet settled: still to send, or sent and not yet seen in a pull. */
	unsettled(): Promise<number> {
		return this.engine.db.outbox.filter((row) => row.status !== 'rejected').count();
	}

	/** How far the device has pulled. */
	async cookieSeq(): Promise<number> {
		const cookie = (await this.engine.db.meta.get('cookie'))?.value as Cookie | undefined;
		return cookie?.seq ?? 0;
	}

	/**
	 * Notes the meta counter and the cookie, which must never go back (SYNC.md T3 property
	 * 4). Called on every allocation and every pull the engine sends, and at the end.
	 */
	private note(what: 'lastMutationId' | 'cookie seq', value: number): void {
		const last = what === 'cookie seq' ? this.lastSeq : this.lastMutationId;
		if (value < last) {
			this.regressions.push(`${this.key} ${what} went back from ${last} to ${value}`);
		}
		if (what === 'cookie seq') {
			this.lastSeq = Math.max(value, last);
		} else {
			this.lastMutationId = Math.max(value, last);
		}
	}

	async observe(): Promise<void> {
		this.note('cookie seq', await this.cookieSeq());
		const lastMutationId = (await this.engine.db.meta.get('lastMutationId'))?.value;
		this.note('lastMutationId', typeof lastMutationId === 'number' ? lastMutationId : 0);
	}
}

/** Conflict ids are random: order by what they hold, so a seed picks the same conflict. */
export function sortConflicts<C extends Omit<ConflictRow, 'recordId'>>(conflicts: C[]): C[] {
	const key = (c: C) =>
		[
			c.applicationId,
			String(c.createdAt).padStart(16, '0'),
			c.field,
			JSON.stringify(c.clientValue ?? null),
			JSON.stringify(c.serverValue ?? null),
			String(c.origin?.mutationId ?? 0).padStart(8, '0')
		].join('|');
	return [...conflicts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
