/**
 * A sliding-window limiter: at most `limit` attempts per key in any `windowMs` long span.
 * It keeps the times of the attempts it allowed (a log, not a counter), so the bound holds
 * exactly for every window, not only for fixed minutes, and it knows when the oldest of
 * them leaves the window, which is what `Retry-After` says. Memory is at most `limit`
 * numbers per key that was active within the last window; idle keys are swept.
 *
 * Pure apart from the clock, which is injected so the tests can drive time.
 */

export type Clock = () => number;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class SlidingWindowLimiter {
	private readonly log = new Map<string, number[]>();
	private lastSweep: number;

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		private readonly now: Clock = Date.now
	) {
		if (!Number.isInteger(limit) || limit < 1) {
			throw new RangeError(`limit must be a positive integer, not ${limit}`);
		}
		if (!(windowMs > 0)) {
			throw new RangeError(`windowMs must be positive, not ${windowMs}`);
		}
		this.lastSweep = now();
	}

	/** One attempt for `key`: allowed (and counted) if the window has room. */
	take(key: string): RateDecision {
		const retryAfterMs = this.wait(key);
		if (retryAfterMs > 0) {
			return { allowed: false, retryAfterMs };
		}
		this.record(key);
		return { allowed: true };
	}

	/**
	 * Milliseconds until an attempt for `key` would be allowed; 0 if it would be now. Counts
	 * nothing, so a caller limiting on several keys (a person and their address) can ask
	 * all of them first and `record` only when every one has room: a refused attempt then
	 * uses up no allowance anywhere, and retrying after the longest wait succeeds.
	 */
	wait(key: string): number {
		const now = this.now();
		this.sweep(now);
		const times = this.recent(key, now);
		// The oldest allowed attempt leaves the window at times[0] + windowMs.
		return times.length < this.limit ? 0 : times[0]! + this.windowMs - now;
	}

	/** Counts an attempt for `key` now (after `wait` said 0). */
	record(key: string): void {
		const now = this.now();
		const times = this.recent(key, now);
		times.push(now);
		this.log.set(key, times);
	}

	/** How many keys have attempts in memory (for tests of the sweep). */
	get size(): number {
		return this.log.size;
	}

	/** The allowed attempts of `key` still inside the window (now - windowMs, now]. */
	private recent(key: string, now: number): number[] {
		const times = this.log.get(key) ?? [];
		const start = now - this.windowMs;
		let drop = 0;
		while (drop < times.length && times[drop]! <= start) {
			drop += 1;
		}
		return drop === 0 ? times : times.slice(drop);
	}

	/** Forgets keys with nothing left in the window, at most once per window. */
	private sweep(now: number): void {
		if (now - this.lastSweep < this.windowMs) {
			return;
		}
		this.lastSweep = now;
		const start = now - this.windowMs;
		for (const [key, times] of this.log) {
			if (times.length === 0 || times[times.length - 1]! <= start) {
				this.log.delete(key);
			}
		}
	}
}

/** Whole seconds to announce in `Retry-After`: rounded up, and at least 1. */
export function retryAfterSeconds(retryAfterMs: number): number {
	return Math.max(1, Math.ceil(retryAfterMs / 1000));
}
