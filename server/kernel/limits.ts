import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { retryAfterSeconds, SlidingWindowLimiter, type Clock } from './rate-limit';

/**
 * The server's rate limits: sign-in per client address; pushes, uploads, the my-data export
 * (each one writes an audit row and gathers everything about the person) and the officers'
 * queue search (an index scan per word) per person and per address. Per person, so one signed-in device stuck in a loop cannot crowd out the
 * rest; per address too, so one machine cannot go round the person limit with many
 * accounts (the address allowance is larger, since a municipal office shares one address).
 * The limits live in this process's memory: a restart forgets them, which is acceptable for
 * a single-process server and keeps SQLite free of a write per request.
 */

export type LimitKind = 'signIn' | 'push' | 'upload' | 'myData' | 'search';

const WINDOW_MS = 60_000;

const perMinute = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Attempts per minute; each can be raised or lowered by its environment variable. */
const zLimitEnv = z.object({
	KOPA_RATE_SIGN_IN: perMinute(10),
	KOPA_RATE_PUSH: perMinute(120),
	KOPA_RATE_PUSH_ADDRESS: perMinute(600),
	KOPA_RATE_UPLOAD: perMinute(600),
	KOPA_RATE_UPLOAD_ADDRESS: perMinute(3000),
	KOPA_RATE_MY_DATA: perMinute(5),
	KOPA_RATE_MY_DATA_ADDRESS: perMinute(30),
	KOPA_RATE_SEARCH: perMinute(60),
	KOPA_RATE_SEARCH_ADDRESS: perMinute(600)
});

export type LimitConfig = Record<LimitKind, { person: number | null; address: number }>;

export function limitConfig(env: Record<string, string | undefined> = process.env): LimitConfig {
	const parsed = zLimitEnv.safeParse(
		Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
	);
	if (!parsed.success) {
		throw new Error(`Invalid rate limit setting: ${z.prettifyError(parsed.error)}`);
	}
	const e = parsed.data;
	return {
		// Before sign-in there is no person to count against.
		signIn: { person: null, address: e.KOPA_RATE_SIGN_IN },
		push: { person: e.KOPA_RATE_PUSH, address: e.KOPA_RATE_PUSH_ADDRESS },
		upload: { person: e.KOPA_RATE_UPLOAD, address: e.KOPA_RATE_UPLOAD_ADDRESS },
		myData: { person: e.KOPA_RATE_MY_DATA, address: e.KOPA_RATE_MY_DATA_ADDRESS },
		search: { person: e.KOPA_RATE_SEARCH, address: e.KOPA_RATE_SEARCH_ADDRESS }
	};
}

export type Who = { person?: string | null; address?: string | null };

/** Allowed, or how many whole seconds to wait. */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfter: number };

export type RateLimits = { check(kind: LimitKind, who: Who): LimitVerdict };

export function createRateLimits(config: LimitConfig, now: Clock = Date.now): RateLimits {
	const limiters = new Map<string, SlidingWindowLimiter>();
	const limiter = (kind: LimitKind, scope: 'person' | 'address', limit: number) => {
		const name = `${kind}:${scope}`;
		let found = limiters.get(name);
		if (!found) {
			found = new SlidingWindowLimiter(limit, WINDOW_MS, now);
			limiters.set(name, found);
		}
		return found;
	};
	return {
		check(kind, who) {
			const { person, address } = config[kind];
			const counted: [SlidingWindowLimiter, string][] = [];
			if (who.address) {
				counted.push([limiter(kind, 'address', address), who.address]);
			}
			if (who.person && person !== null) {
				counted.push([limiter(kind, 'person', person), who.person]);
			}
			const wait = Math.max(0, ...counted.map(([l, key]) => l.wait(key)));
			if (wait > 0) {
				return { allowed: false, retryAfter: retryAfterSeconds(wait) };
			}
			counted.forEach(([l, key]) => l.record(key));
			return { allowed: true };
		}
	};
}

let processLimits: RateLimits | null = null;

/** The limits of this server process, read from the environment on first use. */
export function serverRateLimits(): RateLimits {
	processLimits ??= createRateLimits(limitConfig());
	return processLimits;
}

/** The refusal in both languages, Latvian first (the server does not know the reader's). */
export function tooManyAttemptsMessage(seconds: number): string {
	return (
		`Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc ${seconds} s. / ` +
		`Too many attempts. Try again in ${seconds} s.`
	);
}

/** The cause of a TOO_MANY_REQUESTS tRPC error: how long to wait, for the client and header. */
export class RateLimitedError extends Error {
	constructor(readonly retryAfter: number) {
		super(tooManyAttemptsMessage(retryAfter));
		this.name = 'RateLimitedError';
	}
}

/**
 * Counts one call of a procedure against its limit, wherever the call comes from (over
 * /trpc or from a server load through the caller, which no HTTP-level check sees). Over the
 * limit: TOO_MANY_REQUESTS (429) with the wait in `data.retryAfter` and Retry-After, and the
 * message in both languages.
 */
export function enforceRateLimit(
	kind: LimitKind,
	who: Who,
	limits: RateLimits = serverRateLimits()
): void {
	const verdict = limits.check(kind, who);
	if (!verdict.allowed) {
		const cause = new RateLimitedError(verdict.retryAfter);
		throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
	}
}

/**
 * Per-person limits on what a person keeps on the server (issue 15): open drafts per
 * e-service in one municipality, and the bytes of their attached files. Generous for any
 * family or firm, yet one device in a loop can no longer fill the disk (a flood made 36,000
 * drafts in 30 s). The mutations of one push are bounded by the protocol itself
 * (MAX_MUTATIONS_PER_PUSH in src/lib/domain/sync.ts). A refusal keeps everything on the
 * device (decision 0002): the mutation is rejected, not lost.
 */
const zPersonLimitEnv = z.object({
	/** Open (unsubmitted) drafts per person, e-service and municipality. */
	KOPA_MAX_OPEN_DRAFTS: z.coerce.number().int().positive().default(50),
	/** Bytes of a person's attached files (each content counted once), in megabytes. */
	KOPA_STORAGE_QUOTA_MB: z.coerce.number().int().positive().default(500)
});

export type PersonLimits = { openDraftsPerService: number; storageBytes: number };

export function personLimitConfig(
	env: Record<string, string | undefined> = process.env
): PersonLimits {
	const parsed = zPersonLimitEnv.safeParse(
		Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
	);
	if (!parsed.success) {
		throw new Error(`Invalid per-person limit setting: ${z.prettifyError(parsed.error)}`);
	}
	return {
		openDraftsPerService: parsed.data.KOPA_MAX_OPEN_DRAFTS,
		storageBytes: parsed.data.KOPA_STORAGE_QUOTA_MB * 1024 * 1024
	};
}

let processPersonLimits: PersonLimits | null = null;

/** This process's per-person limits, read from the environment on first use. */
export function personLimits(): PersonLimits {
	processPersonLimits ??= personLimitConfig();
	return processPersonLimits;
}

/** Tests that change the environment read it again. */
export function resetPersonLimits(): void {
	processPersonLimits = null;
}
