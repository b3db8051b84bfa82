import { askedWaitMs, retryDelayMs } from './retry-after';
import { isSignedOutError } from './signed-out';
import type { SyncEngine } from './sync-engine';

export type SyncRunState =
	| { phase: 'idle'; lastSyncedAt: number | null }
	| { phase: 'sending' }
	| { phase: 'failed'; error: string; retryAt: number }
	// The session ended: the queue waits for the person to sign in again.
	| { phase: 'signedOut' };

const INTERVAL_MS = 30_000;
const DEBOUNCE_MS = 300;
const MAX_BACKOFF_MS = 60_000;

/**
 * When to sync: soon after a local change, when the connection returns, when the tab is
 * shown again, and on an interval; after a failure, again with a bounded backoff.
 */
export class SyncScheduler {
	private timer: ReturnType<typeof setTimeout> | null = null;
	private interval: ReturnType<typeof setInterval> | null = null;
	private failures = 0;
	/** Until when the server asked us not to sync (429 Retry-After); 0 = no such wish. */
	private notBefore = 0;
	private readonly cleanups: (() => void)[] = [];

	constructor(
		private readonly engine: SyncEngine,
		private readonly onState: (state: SyncRunState) => void
	) {}

	start(): void {
		const onOnline = () => this.request(0);
		const onVisible = () => {
			if (document.visibilityState === 'visible') {
				this.request(0);
			}
		};
		window.addEventListener('online', onOnline);
		document.addEventListener('visibilitychange', onVisible);
		this.cleanups.push(
			() => window.removeEventListener('online', onOnline),
			() => document.removeEventListener('visibilitychange', onVisible)
		);
		this.interval = setInterval(() => this.request(0), INTERVAL_MS);
		this.request(0);
	}

	stop(): void {
		this.cleanups.splice(0).forEach((fn) => fn());
		if (this.interval) {
			clearInterval(this.interval);
		}
		if (this.timer) {
			clearTimeout(this.timer);
		}
	}

	/**
	 * Sync after `delay` ms (a later request replaces an earlier, longer wait), but not
	 * before the time a rate-limited server asked for: coming online, a tab shown again, the
	 * interval and new changes all wait for it too.
	 */
	request(delay = DEBOUNCE_MS): void {
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
		if (!navigator.onLine) {
			return;
		}
		this.onState({ phase: 'sending' });
		try {
			await this.engine.sync();
			this.failures = 0;
			this.onState({ phase: 'idle', lastSyncedAt: Date.now() });
		} catch (error) {
			if (isSignedOutError(error)) {
				// No backoff: the interval, coming online and showing the tab try again, so a
				// sign-in in another tab (same cookie) resumes sending by itself.
				this.onState({ phase: 'signedOut' });
				return;
			}
			this.failures += 1;
			const wait = retryDelayMs(this.failures, error, MAX_BACKOFF_MS);
			this.notBefore = askedWaitMs(error) > 0 ? Date.now() + wait : 0;
			this.onState({
				phase: 'failed',
				error: error instanceof Error ? error.message : String(error),
				retryAt: Date.now() + wait
			});
			this.request(wait);
		}
	}
}
