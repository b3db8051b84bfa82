import type { InspectionView } from '../../domain/inspection';
import type { ClientSession } from '../client-session.svelte';
import type { OutboxRow } from '../db';
import { designHashes } from '../inspections/list-rows';
import { hashesOnDevice } from '../inspections/offline-files';
import { Live } from '../live.svelte';
import { isMutation } from '../mutation-traits';

/**
 * The inspector's inspections as this device keeps them (pulled by sync, so the pages open
 * offline): each a join of the server's view, this device's queued changes and its draft.
 */

/** One inspection on the device; null while nobody is signed in here. */
export type InspectionOnDevice = {
	view: InspectionView | null;
	outbox: OutboxRow[];
	/** The draft's municipality (a report started here), or null without a draft. */
	draftMunicipalityId: string | null;
	hasDraft: boolean;
	/** An officer's change is open and this device has not yet acknowledged it. */
	openConflict: NonNullable<InspectionView['conflict']> | null;
};

export function liveInspection(
	session: ClientSession,
	id: () => string,
	enabled: () => boolean = () => true
): Live<InspectionOnDevice | null> {
	return new Live(
		async () => {
			const db = session.db;
			if (!db || !enabled()) {
				return null;
			}
			const recordId = id();
			const [view, outbox, draft] = await Promise.all([
				db.inspections.get(recordId),
				db.outbox.where('recordId').equals(recordId).sortBy('mutationId'),
				db.inspectionDrafts.get(recordId)
			]);
			const open = view?.conflict?.status === 'open' ? view.conflict : null;
			const acked = outbox.some(
				(row) => isMutation(row, 'inspection.resolveConflict') && row.status !== 'rejected'
			);
			return {
				view: view ?? null,
				outbox,
				draftMunicipalityId: draft?.municipalityId ?? null,
				hasDraft: !!draft,
				openConflict: open && !acked ? open : null
			};
		},
		() => [session.db, id(), enabled()]
	);
}

/** All inspections on the device, with which of their design files it holds. */
export type InspectionsOnDevice = { views: InspectionView[]; held: Set<string> };

export function liveInspections(session: ClientSession): Live<InspectionsOnDevice | null> {
	// Reads the blob keys too, so readiness follows files as they arrive (and across tabs).
	return new Live(
		async () => {
			const db = session.db;
			if (!db) {
				return null;
			}
			const views = await db.inspections.toArray();
			return { views, held: await hashesOnDevice(db, designHashes(views)) };
		},
		() => session.db
	);
}
