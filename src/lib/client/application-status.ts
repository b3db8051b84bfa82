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
	| 'processing'
	| 'attention';

/**
 * Which of the promises holds for this application right now: only on this device, being
 * sent, saved on the server, queued for submission, or submitted (the server's word).
 * Changes to a submitted application are reported the same way as a draft's.
 */
export function applicationSyncStatus(
	record: ApplicationRecord,
	rows: readonly OutboxRow[],
	run: SyncRunState,
	isTyping: boolean
): ApplicationSyncStatus {
	if (rows.some((r) => r.status === 'rejected')) {
		return 'attention';
	}
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
