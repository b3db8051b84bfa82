import type { PullOutput } from '../../../src/lib/domain/application';
import type { Mutation, PullInput, PushInput, PushOutput } from '../../../src/lib/domain/sync';
import type { Db } from '../../../server/db/client.server';
import { FIXED_NOW } from '../fixtures';
import { callerFor } from '../harness';
import { freshDbCopy } from './fresh-copy';
import { OFFICER } from './values';

/** Who made a server call at a given tick: a device (by its key) or the officer. */
export type TickEntry =
	| { actor: 'device'; device: string; kind: 'push'; input: PushInput }
	| { actor: 'device'; device: string; kind: 'pull' }
	| { actor: 'officer'; kind: 'edit'; baseVersion: number; fields: Record<string, unknown> }
	| { actor: 'officer'; kind: 'resolve'; baseVersion: number }
	| { actor: 'officer'; kind: 'review' | 'read' };

export interface SentMutation {
	device: string;
	mutation: Mutation;
}

/** Between the fixture child's birth and start date (both from the clock), fixed all year. */
const START = FIXED_NOW;

/**
 * The one real server (freshDb) every device and the officer talk to, with what the checks
 * need to read history afterwards:
 * - a clock that gives every call its own time, so `updated_at`, `created_at` and
 *   `resolved_at` name the call (and so the device or officer) that wrote a row;
 * - a log of every mutation each client id sent, to find a version's base and arguments;
 * - triggers copying every version of every application into `sim_application_history`
 *   (test instrumentation only: the server code is untouched).
 */
export class SimServer {
	readonly db: Db = freshDbCopy();
	private clock = START;
	readonly ticks = new Map<number, TickEntry>();
	readonly sent = new Map<string, SentMutation>();
	readonly deviceOfClient = new Map<string, string>();
	/** Calls the server refused or failed although the simulation only sends valid ones. */
	readonly unexpected: string[] = [];

	constructor() {
		this.db.$client.exec(`
			CREATE TABLE sim_application_history (
				application_id TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL,
				data TEXT NOT NULL, updated_at INTEGER NOT NULL, server_seq INTEGER NOT NULL
			);
			CREATE TRIGGER sim_application_insert AFTER INSERT ON application BEGIN
				INSERT INTO sim_application_history VALUES
					(NEW.id, NEW.version, NEW.status, NEW.data, NEW.updated_at, NEW.server_seq);
			END;
			CREATE TRIGGER sim_application_update AFTER UPDATE ON application BEGIN
				INSERT INTO sim_application_history VALUES
					(NEW.id, NEW.version, NEW.status, NEW.data, NEW.updated_at, NEW.server_seq);
			END;
		`);
	}

	/** The time the server's clock shows now (devices stamp their outbox rows with it). */
	now(): number {
		return this.clock;
	}

	private tick(entry: TickEntry): number {
		this.clock += 1000;
		this.ticks.set(this.clock, entry);
		return this.clock;
	}

	private caller(personId: string, at: number) {
		return callerFor(this.db, personId, () => at);
	}

	async push(device: string, personId: string, input: PushInput): Promise<PushOutput> {
		const at = this.tick({ actor: 'device', device, kind: 'push', input });
		this.deviceOfClient.set(input.clientId, device);
		for (const mutation of input.mutations) {
			const key = `${input.clientId}:${mutation.id}`;
			const earlier = this.sent.get(key);
			// A mutation id names one change for good: a resend must carry the same change.
			if (earlier && JSON.stringify(earlier.mutation) !== JSON.stringify(mutation)) {
				this.unexpected.push(`${device} resent ${key} with different content`);
			}
			this.sent.set(key, { device, mutation });
		}
		return this.expectingSuccess(`push from ${device}`, () =>
			this.caller(personId, at).sync.push(input)
		);
	}

	async pull(device: string, personId: string, input: PullInput): Promise<PullOutput> {
		const at = this.tick({ actor: 'device', device, kind: 'pull' });
		return this.expectingSuccess(`pull from ${device}`, () =>
			this.caller(personId, at).sync.pull(input)
		);
	}

	/** The officer's procedures, called at a tick that records what kind of write it was. */
	officer(entry: TickEntry & { actor: 'officer' }) {
		return this.caller(OFFICER, this.tick(entry)).applications;
	}

	/** The officer's queue (office.*), called at a tick like the other officer procedures. */
	office(entry: TickEntry & { actor: 'officer' }) {
		return this.caller(OFFICER, this.tick(entry)).office;
	}

	private async expectingSuccess<T>(what: string, call: () => Promise<T>): Promise<T> {
		try {
			return await call();
		} catch (error) {
			this.unexpected.push(`${what} failed: ${String(error)}`);
			throw error;
		}
	}
}
