import type { ConflictView } from '../../domain/conflict';
import type { Municipality } from '../../domain/tenant';
import type { ClientSession } from '../client-session.svelte';
import type { ApplicationRecord, ConflictRow, OutboxRow } from '../db';
import { Live } from '../live.svelte';
import { isMutation } from '../mutation-traits';
import { referenceDb } from '../reference-data';

/**
 * A person's applications as this device shows them: the optimistic record (the server's
 * copy with local changes replayed), its queued changes and its conflicts.
 */

/** One application's page: what the form, the conflicts and the requests show. */
export type ApplicationOnDevice = {
	record: ApplicationRecord;
	outbox: OutboxRow[];
	conflicts: ConflictRow[];
	/** Open conflicts, less those this device has already chosen for (queued). */
	openConflicts: ConflictView[];
	/** How many conflicts are settled, here or on the server (the form starts again then). */
	settled: number;
};

/** Which application the address names; a record of another service or municipality is not it. */
export type ApplicationKey = { id: string; municipalityId: string; service: string | undefined };

export function liveApplication(
	session: ClientSession,
	key: () => ApplicationKey
): Live<ApplicationOnDevice | null> {
	return new Live(
		async () => {
			const db = session.db;
			const { id, municipalityId, service } = key();
			if (!db) {
				return null;
			}
			const [record, outbox, conflicts] = await Promise.all([
				db.records.get(id),
				db.outbox.where('recordId').equals(id).sortBy('mutationId'),
				db.conflicts.where('recordId').equals(id).toArray()
			]);
			const ours = record?.service === service && record?.municipalityId === municipalityId;
			return record && ours
				? { record, outbox, conflicts, ...conflictState(outbox, conflicts) }
				: null;
		},
		() => [session.db, ...Object.values(key())]
	);
}

function conflictState(
	outbox: readonly OutboxRow[],
	conflicts: readonly ConflictRow[]
): Pick<ApplicationOnDevice, 'openConflicts' | 'settled'> {
	const choices = outbox.filter((row) => isMutation(row, 'conflict.resolve'));
	const chosen = new Set(
		choices.filter((row) => row.status !== 'rejected').map((row) => row.args.conflictId)
	);
	return {
		openConflicts: conflicts.filter((c) => c.status === 'open' && !chosen.has(c.id)),
		settled: choices.length + conflicts.filter((c) => c.status === 'resolved').length
	};
}

/** "My applications": newest first, each with its queued changes and its municipality. */
export type ApplicationListEntry = {
	record: ApplicationRecord;
	outbox: OutboxRow[];
	municipality: Municipality | undefined;
};

export function liveMyApplications(session: ClientSession): Live<ApplicationListEntry[]> {
	return new Live(
		async () => {
			const db = session.db;
			if (!db) {
				return [];
			}
			const [records, outbox, municipalities] = await Promise.all([
				db.records.orderBy('updatedAt').reverse().toArray(),
				db.outbox.toArray(),
				referenceDb().municipalities.toArray()
			]);
			return records.map((record) => ({
				record,
				outbox: outbox.filter((row) => row.recordId === record.id),
				municipality: municipalities.find((m) => m.id === record.municipalityId)
			}));
		},
		() => session.db
	);
}

/** The sync queue as the badge shows it. */
export type QueueOnDevice = {
	pendingCreatedAt: number[];
	rejected: number;
	lastPushOkAt: number | null;
};

export function liveQueue(session: ClientSession): Live<QueueOnDevice> {
	return new Live(
		async () => {
			const db = session.db;
			if (!db) {
				return { pendingCreatedAt: [], rejected: 0, lastPushOkAt: null };
			}
			const [pending, rejected, lastPush] = await Promise.all([
				db.outbox.where('status').equals('pending').toArray(),
				db.outbox.where('status').equals('rejected').count(),
				db.meta.get('lastPushOkAt')
			]);
			return {
				pendingCreatedAt: pending.map((row) => row.createdAt),
				rejected,
				lastPushOkAt: typeof lastPush?.value === 'number' ? lastPush.value : null
			};
		},
		() => session.db
	);
}
