import { untrack } from 'svelte';
import type { ClientSession } from '../client-session.svelte';
import { askedWaitMs, retryDelayMs } from '../retry-after';
import type { LockRunner } from '../sync-engine';
import { httpUploadTransport } from './upload-transport';
import { BlobUploader } from './upload-worker';

const MAX_BACKOFF_MS = 60_000;

export interface Progress {
	sent: number;
	total: number;
}

function uploadLockFor(personId: string): LockRunner {
	return async (fn) => {
		if (typeof navigator.locks?.request !== 'function') {
			return fn();
		}
		// One uploader per person across tabs; a tab that finds it taken leaves the work to
		// the tab holding it, instead of queueing behind it.
		return navigator.locks.request(
			`kopa-upload:${personId}`,
			{ ifAvailable: true },
			async (lock) => (lock ? fn() : undefined)
		) as ReturnType<typeof fn>;
	};
}

/**
 * The upload worker of one signed-in session, and what the UI shows of it: bytes sent of
 * each file and files the server refused. It follows the session's person and database,
 * runs after each successful sync (so the server already expects the files), when the
 * connection returns and when asked, and retries failures with a bounded backoff.
 */
export class Uploads {
	progress = $state<Record<string, Progress>>({});
	refused = $state<Record<string, string>>({});
	private uploader: BlobUploader | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private failures = 0;
	/** Until when the server asked us not to upload (429 Retry-After); 0 = no such wish. */
	private notBefore = 0;

	constructor(private readonly session: ClientSession) {}

	/** Bytes sent and to send across the files of this session being uploaded. */
	get totals(): Progress {
		return Object.values(this.progress).reduce(
			(sum, p) => ({ sent: sum.sent + p.sent, total: sum.total + p.total }),
			{ sent: 0, total: 0 }
		);
	}

	/** Starts following the session; returns the cleanup. */
	start(): () => void {
		const stopEffects = $effect.root(() => {
			$effect(() => {
				const db = this.session.db;
				const personId = this.session.me?.id;
				untrack(() => {
					this.uploader =
						db && personId
							? new BlobUploader(db, httpUploadTransport, {
									withLock: uploadLockFor(personId),
									onProgress: (sha256, sent, total) => (this.progress[sha256] = { sent, total }),
									onRefused: (sha256, code) => (this.refused[sha256] = code)
								})
							: null;
					this.progress = {};
					this.refused = {};
					this.request();
				});
			});
			$effect(() => {
				if (this.session.run.phase === 'idle') {
					untrack(() => this.request());
				}
			});
		});
		const onOnline = () => this.request();
		window.addEventListener('online', onOnline);
		return () => {
			stopEffects();
			window.removeEventListener('online', onOnline);
			if (this.timer) {
				clearTimeout(this.timer);
			}
		};
	}

	/**
	 * Upload soon (after `delay` ms; a later request replaces a longer wait), but not before
	 * the time a rate-limited server asked for.
	 */
	request(delay = 0): void {
		delay = Math.max(delay, this.notBefore - Date.now());
		if (this.timer) {
			clearTimeout(this.timer);
		}
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.run();
		}, delay);
	}

	private async run(): Promise<void> {
		const uploader = this.uploader;
		if (!uploader || !navigator.onLine) {
			return;
		}
		try {
			await uploader.run();
			this.failures = 0;
		} catch (error) {
			this.failures += 1;
			const wait = retryDelayMs(this.failures, error, MAX_BACKOFF_MS);
			this.notBefore = askedWaitMs(error) > 0 ? Date.now() + wait : 0;
			this.request(wait);
		}
	}
}

const bySession = new WeakMap<ClientSession, Uploads>();

/** The uploads of this session (one per session, never shared between people). */
export function uploadsFor(session: ClientSession): Uploads {
	let uploads = bySession.get(session);
	if (!uploads) {
		uploads = new Uploads(session);
		bySession.set(session, uploads);
	}
	return uploads;
}

/** Starts the upload worker of the session; the root layout calls it once. */
export function startUploads(session: ClientSession): () => void {
	return uploadsFor(session).start();
}
