import { TRPCClientError } from '@trpc/client';

/**
 * "Too many requests, come back in N s" (HTTP 429 with Retry-After): a transient failure,
 * like a lost connection, but one that says how long to wait. Sync and uploads retry it
 * like any failure, only never sooner than asked, so a device does not keep a limit full.
 */

/** A longer wait than this is not taken at its word (a misconfigured proxy, a bad clock). */
const MAX_ASKED_WAIT_MS = 15 * 60_000;

/** Thrown where a plain HTTP answer (not tRPC) said 429. */
export class RetryLaterError extends Error {
	constructor(
		readonly retryAfterMs: number,
		message: string
	) {
		super(message);
		this.name = 'RetryLaterError';
	}
}

/** How long the server asked us to wait before trying again, in ms; 0 if it did not. */
export function askedWaitMs(error: unknown): number {
	let ms = 0;
	if (error instanceof RetryLaterError) {
		ms = error.retryAfterMs;
	} else if (error instanceof TRPCClientError) {
		// The server's errorFormatter puts the seconds into the error's data.
		const retryAfter = (error.data as { retryAfter?: unknown } | undefined)?.retryAfter;
		ms = typeof retryAfter === 'number' ? retryAfter * 1000 : 0;
	}
	return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_ASKED_WAIT_MS) : 0;
}

/**
 * The wait before the next attempt after `failures` failures in a row: a doubling backoff
 * from 1 s up to `maxBackoffMs`, but never shorter than the server asked.
 */
export function retryDelayMs(failures: number, error: unknown, maxBackoffMs: number): number {
	const backoff = Math.min(maxBackoffMs, 1000 * 2 ** Math.max(0, failures - 1));
	return Math.max(backoff, askedWaitMs(error));
}

/** `Retry-After` in ms: delay-seconds or an HTTP date; 0 when absent or unreadable. */
export function retryAfterHeaderMs(value: string | null, now: number = Date.now()): number {
	if (!value) {
		return 0;
	}
	if (/^\d+$/.test(value.trim())) {
		return Number(value.trim()) * 1000;
	}
	const at = Date.parse(value);
	return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}
