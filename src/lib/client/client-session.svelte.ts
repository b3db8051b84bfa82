import { createContext } from 'svelte';
import type { MutationArgs, MutationName } from '../domain/mutations';
import type { Me } from '../domain/tenant';
import { openKopaDb, type KopaDb } from './db';
import { SyncEngine, type LockRunner } from './sync-engine';
import { SyncScheduler, type SyncRunState } from './sync-scheduler';
import { trpc } from './trpc';
import { trpcTransport } from './trpc-transport';

const ME_CACHE = 'kopa.me';

function lockFor(personId: string): LockRunner {
	return (fn) =>
		typeof navigator.locks?.request === 'function'
			? (navigator.locks.request(`kopa-sync:${personId}`, fn) as Promise<
					Awaited<ReturnType<typeof fn>>
				>)
			: fn();
}

/**
 * Who is signed in on this device and their local database and sync. The person is cached
 * so the app opens offline; the server's answer, when there is one, wins.
 */
export class ClientSession {
	/** undefined while loading; null when nobody is signed in. */
	me = $state<Me | undefined>(undefined);
	db = $state.raw<KopaDb | null>(null);
	engine = $state.raw<SyncEngine | null>(null);
	run = $state<SyncRunState>({ phase: 'idle', lastSyncedAt: null });
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	private scheduler: SyncScheduler | null = null;

	async init(): Promise<void> {
		const setOnline = () => (this.online = navigator.onLine);
		window.addEventListener('online', setOnline);
		window.addEventListener('offline', setOnline);
		const cached = localStorage.getItem(ME_CACHE);
		if (cached) {
			this.use(JSON.parse(cached) as Me);
		}
		try {
			const fresh = await trpc.identity.me.query();
			if (fresh) {
				localStorage.setItem(ME_CACHE, JSON.stringify(fresh));
				this.use(fresh);
			} else if (cached) {
				// The session ended (expired or revoked) but this device was not signed out:
				// the person keeps working on what is stored here, and the queue waits until
				// they sign in again. Signing out on purpose forgets the cache first.
				this.run = { phase: 'signedOut' };
			} else {
				this.use(null);
			}
		} catch {
			if (!cached) {
				this.use(null);
			}
		}
	}

	private use(me: Me): void {
		if (this.me?.id === me?.id && this.me !== undefined) {
			this.me = me;
			return;
		}
		this.scheduler?.stop();
		this.db?.close();
		this.me = me;
		if (!me) {
			this.db = null;
			this.engine = null;
			this.scheduler = null;
			return;
		}
		const db = openKopaDb(me.id);
		const engine = new SyncEngine(db, trpcTransport, { withLock: lockFor(me.id) });
		this.db = db;
		this.engine = engine;
		this.scheduler = new SyncScheduler(engine, (state) => (this.run = state));
		this.scheduler.start();
	}

	/** Queues a change and asks for a sync soon. */
	async mutate<N extends MutationName>(
		name: N,
		args: MutationArgs<N>,
		recordId: string
	): Promise<void> {
		if (!this.engine) {
			throw new Error('not signed in');
		}
		await this.engine.mutate(name, args, recordId);
		this.scheduler?.request();
	}

	syncNow(): void {
		this.scheduler?.request(0);
	}

	forget(): void {
		localStorage.removeItem(ME_CACHE);
	}
}

export const [getClientSession, setClientSession] = createContext<ClientSession>();
