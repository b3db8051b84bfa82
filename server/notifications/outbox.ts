import type { Db } from '../db/client.server';
import type { notification } from '../db/schema/notification';
import { people } from '../identity/people.service';
import { renderNotification, type Mailer, type NotificationInput } from '../mail';
import { notificationsRepo } from './notifications.repo';

/**
 * The email outbox: notices written by notify() with email_status 'pending' are sent here,
 * outside the request that made them. Each row is claimed before it is sent, so two workers
 * (two processes on one database, or a slow drain overlapping the next) never send it twice.
 */

/** Waits after the 1st, 2nd, … refused or failed try; the last one repeats. */
export const BACKOFF_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000] as const;
/** After this many tries a message is given up ('failed'). */
export const MAX_ATTEMPTS = 8;
/**
 * How long a claimed row is left alone. A send that is still going after this (the mailer
 * times out well before) or a worker that died mid-send gets the row tried again.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;
const BATCH = 10;

type Claimed = { id: string; attempts: number };

/** Takes up to `limit` due rows for this worker (each claimed for CLAIM_LEASE_MS). */
function claim(db: Db, now: number, limit: number): Claimed[] {
	return notificationsRepo.claim(db, now, limit, CLAIM_LEASE_MS);
}

export type DrainResult = { sent: number; retry: number; failed: number };

/** One pass over the due rows (at most `limit`); what a worker tick does. */
export async function drainOutboxOnce(
	db: Db,
	mailer: Mailer,
	now: number,
	limit: number = BATCH
): Promise<DrainResult> {
	const result: DrainResult = { sent: 0, retry: 0, failed: 0 };
	for (const row of claim(db, now, limit)) {
		const outcome = await sendOne(db, mailer, row);
		const finish = (values: Partial<typeof notification.$inferInsert>) =>
			notificationsRepo.finish(db, row.id, values);
		if (outcome.ok) {
			finish({ emailStatus: 'sent', nextAttemptAt: null, emailError: null });
			result.sent++;
		} else if (outcome.retryable && row.attempts < MAX_ATTEMPTS) {
			const wait = BACKOFF_MS[Math.min(row.attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0];
			finish({ nextAttemptAt: now + wait, emailError: outcome.error });
			result.retry++;
		} else {
			finish({ emailStatus: 'failed', nextAttemptAt: null, emailError: outcome.error });
			result.failed++;
		}
	}
	return result;
}

async function sendOne(db: Db, mailer: Mailer, row: Claimed) {
	const found = notificationsRepo.forSending(db, row.id);
	const lang = found ? people.findById(db, found.personId)?.lang : undefined;
	if (!found?.to || !lang) {
		return { ok: false as const, error: 'No address', retryable: false };
	}
	// The language is the person's now, not when the notice was written.
	const rendered = renderNotification({
		...found.payload,
		kind: found.kind,
		lang
	} as NotificationInput);
	if (!rendered.ok) {
		return { ok: false as const, error: `Not rendered: ${rendered.error}`, retryable: false };
	}
	// A stable Message-ID: a retry after a lost reply reads as the same message.
	return mailer.send({ to: found.to, ...rendered.mail, messageId: `<${row.id}@kopa>` });
}

export type OutboxWorker = { stop(): void };

/** Drains the outbox every `intervalMs` until stopped; one pass at a time. */
export function startOutboxWorker(
	db: Db,
	mailer: Mailer,
	options: { intervalMs?: number; log?: (line: string) => void } = {}
): OutboxWorker {
	const log = options.log ?? ((line: string) => console.warn(line));
	let running = false;
	const tick = () => {
		if (running) {
			return;
		}
		running = true;
		drainOutboxOnce(db, mailer, Date.now())
			.then((r) => r.failed > 0 && log(`Outbox: ${r.failed} message(s) given up`))
			.catch((e: unknown) =>
				log(`Outbox pass failed: ${e instanceof Error ? e.message : String(e)}`)
			)
			.finally(() => {
				running = false;
			});
	};
	const timer = setInterval(tick, options.intervalMs ?? 2_000);
	timer.unref();
	tick();
	return { stop: () => clearInterval(timer) };
}
