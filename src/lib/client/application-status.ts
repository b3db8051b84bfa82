import type { ApplicationRecord, OutboxRow } from './db';
import type { SyncRunState } from './sync-scheduler';

export type ApplicationSyncStatus =
	'typing' | 'device' | 'sending' | 'server' | 'queued' | 'submitted' | 'attention';

/**
 * Which of the promises holds for this application right now: only on this device, being
 * sent, saved on the server, queued for submission, or submitted (the server's word).
 */
export function applicationSyncStatus(
	record: ApplicationRecord,
	rows: readonly OutboxRow[],
	run: SyncRunState,
	isTyping: boolean
): ApplicationSyncStatus {
	if (record.status === 'submitted') {
		return 'submitted';
	}
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
	return 'server';
}
