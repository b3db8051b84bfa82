import type { ApplicationRecord, OutboxRow } from './db';
import type { SyncRunState } from './sync-scheduler';

export type ApplicationSyncStatus =
	| 'typing'
	| 'device'
	| 'sending'
	| 'server'
	| 'queued'
	| 'submitted'
	| 'inReview'
	/** Further on in its workflow (information requested, in the queue, decided …). */
	| 'processing';

/**
 * Which of the promises holds for this application right now: only on this device, being
 * sent, saved on the server, queued for submission, or submitted (the server's word).
 * Changes to a submitted application are reported the same way as a draft's. A refused
 * change never replaces the status: it is shown beside it (`refusalCount`) until the
 * person corrects, discards or sends it again.
 */
export function applicationSyncStatus(
	record: ApplicationRecord,
	rows: readonly OutboxRow[],
	run: SyncRunState,
	isTyping: boolean
): ApplicationSyncStatus {
	if (record.status === 'submitting') {
		return 'queued';
	}
	if (isTyping) {
		return 'typing';
	}
	if (rows.some((r) => r.status === 'pending')) {
		return run.phase === 'sending' ? 'sending' : 'device';
	}
	if (record.status === 'in_review') {
		return 'inReview';
	}
	if (record.status === 'draft') {
		return 'server';
	}
	return record.status === 'submitted' ? 'submitted' : 'processing';
}

/** How many of this application's changes the server refused and the person has yet to settle. */
export function refusalCount(rows: readonly OutboxRow[]): number {
	return rows.filter((r) => r.status === 'rejected').length;
}
