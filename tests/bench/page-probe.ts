import type { Page } from '@playwright/test';

/**
 * What the benchmarks read inside the page: the person's Kopa database (`kopa-<personId>`)
 * through plain IndexedDB, never through Dexie or the app's code, so the measuring does not
 * share the app's connection, queue or caches. Reads only: the app alone writes.
 */

export interface SyncedTimes {
	/** From the `online` event until the outbox was first seen empty. */
	outboxEmptyMs: number;
	/** From the `online` event until the outbox was empty and every blob uploaded. */
	syncedMs: number;
}

/** How many outbox rows to wait for (either bound may be left open). */
export interface RowRange {
	min?: number;
	max?: number;
}

interface KopaProbe {
	outboxRows(name: string, recordId: string | null): Promise<number>;
	waitOutboxRows(name: string, recordId: string, rows: RowRange, timeoutMs: number): Promise<void>;
	armOnline(): void;
	waitSynced(name: string, blobs: number, timeoutMs: number): Promise<SyncedTimes>;
	timeEdit(
		name: string,
		recordId: string,
		field: string,
		value: string,
		timeoutMs: number
	): Promise<EditTimes>;
}

/** One edit, from the input event: when it was durable on the device, two ways. */
export interface EditTimes {
	/** Until the value was in the keystroke journal (localStorage, decision 0003). */
	journalMs: number;
	/** Until the value was committed in IndexedDB (after the autosave debounce). */
	idbMs: number;
}

/** Runs in every page (context.addInitScript): defines `globalThis.kopaProbe`. */
export function installProbe(): void {
	const POLL_MS = 10;
	const connections = new Map<string, Promise<IDBDatabase>>();
	let onlineAt: number | null = null;

	const request = <T>(req: IDBRequest<T>) =>
		new Promise<T>((resolve, reject) => {
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
		});
	const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	// Never creates the database (open without a version would make an empty one for Dexie
	// to trip over): the app must have opened it already.
	const open = (name: string): Promise<IDBDatabase> => {
		let connection = connections.get(name);
		if (!connection) {
			connection = request(indexedDB.open(name)).then((db) => {
				// Step aside if the app upgrades its schema.
				db.onversionchange = () => {
					db.close();
					connections.delete(name);
				};
				if (!db.objectStoreNames.contains('outbox')) {
					db.close();
					connections.delete(name);
					throw new Error(`${name} has no outbox: is the person signed in?`);
				}
				return db;
			});
			connections.set(name, connection);
		}
		return connection;
	};

	const countOutbox = async (name: string, recordId: string | null) => {
		const store = (await open(name)).transaction('outbox').objectStore('outbox');
		return request(
			recordId === null ? store.count() : store.index('recordId').count(IDBKeyRange.only(recordId))
		);
	};

	const snapshot = async (name: string) => {
		const db = await open(name);
		const hasBlobs = db.objectStoreNames.contains('blobs');
		const tx = db.transaction(hasBlobs ? ['outbox', 'blobs'] : ['outbox']);
		const status = tx.objectStore('outbox').index('status');
		const [pending, applied, rejected, blobs, uploaded] = await Promise.all([
			request(status.count(IDBKeyRange.only('pending'))),
			request(status.count(IDBKeyRange.only('applied'))),
			request(status.count(IDBKeyRange.only('rejected'))),
			hasBlobs ? request(tx.objectStore('blobs').count()) : 0,
			hasBlobs
				? request(tx.objectStore('blobs').index('state').count(IDBKeyRange.only('uploaded')))
				: 0
		]);
		return { outbox: pending + applied + rejected, pending, applied, rejected, blobs, uploaded };
	};

	const probe: KopaProbe = {
		outboxRows: countOutbox,
		async waitOutboxRows(name, recordId, { min = 0, max = Infinity }, timeoutMs) {
			const start = performance.now();
			for (;;) {
				const rows = await countOutbox(name, recordId);
				if (rows >= min && rows <= max) {
					return;
				}
				if (performance.now() - start > timeoutMs) {
					throw new Error(`outbox of ${recordId}: ${rows} rows after ${timeoutMs} ms`);
				}
				await sleep(5);
			}
		},
		armOnline() {
			onlineAt = null;
			addEventListener('online', () => (onlineAt = performance.now()), { once: true });
		},
		async waitSynced(name, blobs, timeoutMs) {
			const start = performance.now();
			let outboxEmptyAt: number | null = null;
			for (;;) {
				const state = await snapshot(name);
				const now = performance.now();
				if (onlineAt !== null && state.outbox === 0) {
					outboxEmptyAt ??= now;
					if (state.uploaded >= blobs) {
						return { outboxEmptyMs: outboxEmptyAt - onlineAt, syncedMs: now - onlineAt };
					}
				}
				if (now - start > timeoutMs) {
					throw new Error(
						`not synced after ${timeoutMs} ms (online event ${onlineAt === null ? 'not ' : ''}` +
							`seen): outbox ${state.pending} pending, ${state.applied} applied, ` +
							`${state.rejected} rejected; blobs ${state.uploaded} of ${state.blobs} uploaded`
					);
				}
				await sleep(POLL_MS);
			}
		},
		async timeEdit(name, recordId, field, value, timeoutMs) {
			const db = await open(name);
			const input = document.getElementById(field);
			if (!(input instanceof HTMLInputElement)) {
				throw new Error(`no input #${field} on ${location.pathname}`);
			}
			const journalKey = `kopa.typing.${recordId}`;
			const inJournal = () => {
				try {
					const raw = localStorage.getItem(journalKey);
					return raw !== null && (JSON.parse(raw) as Record<string, unknown>)[field] === value;
				} catch {
					return false;
				}
			};
			input.value = value;
			const start = performance.now();
			// What a keystroke delivers to the form; the app's handler runs synchronously here.
			input.dispatchEvent(new Event('input', { bubbles: true }));
			// The journal is written in the handler itself; should it ever move to a later task,
			// the wait below (a task at a time) still times it.
			let journalMs = inJournal() ? performance.now() - start : null;
			// A read every ~2 ms, each its own transaction, sees the write once committed. Reads
			// back to back (no pause) were seen to hold up the app's own write now and then.
			for (;;) {
				if (journalMs === null && inJournal()) {
					journalMs = performance.now() - start;
				}
				const record = (await request(
					db.transaction('records').objectStore('records').get(recordId)
				)) as { fields?: Record<string, unknown> } | undefined;
				const now = performance.now();
				if (record?.fields?.[field] === value) {
					// A value committed in IndexedDB is durable even if the journal never held it.
					return { journalMs: journalMs ?? now - start, idbMs: now - start };
				}
				if (now - start > timeoutMs) {
					throw new Error(`${field}=${value} not in IndexedDB after ${timeoutMs} ms`);
				}
				await sleep(1);
			}
		}
	};
	(globalThis as unknown as { kopaProbe: KopaProbe }).kopaProbe = probe;
}

type ProbeCall<K extends keyof KopaProbe> = Parameters<KopaProbe[K]>;

/** Calls the probe of a page (installed by newBenchContext) from the test side. */
export function probeOf(page: Page) {
	const call = <K extends keyof KopaProbe>(method: K, args: ProbeCall<K>) =>
		page.evaluate(
			({ method, args }) => {
				const probe = (globalThis as unknown as { kopaProbe: KopaProbe }).kopaProbe;
				return (probe[method] as (...a: unknown[]) => unknown)(...args);
			},
			{ method, args }
		) as Promise<Awaited<ReturnType<KopaProbe[K]>>>;
	return {
		outboxRows: (...args: ProbeCall<'outboxRows'>) => call('outboxRows', args),
		waitOutboxRows: (...args: ProbeCall<'waitOutboxRows'>) => call('waitOutboxRows', args),
		armOnline: () => call('armOnline', []),
		waitSynced: (...args: ProbeCall<'waitSynced'>) => call('waitSynced', args),
		timeEdit: (...args: ProbeCall<'timeEdit'>) => call('timeEdit', args)
	};
}
