import type { InspectionPatch } from '../../src/lib/domain/application';
import type { DbOrTx } from '../db/client.server';
import { toInspectionViews } from './inspection-view';
import { inspectionsRepo } from './inspections.repo';

/**
 * The inspector's part of a pull: their tasks and reports changed since the cookie and up
 * to this pull's sequence, and a delete for each task given to someone else meanwhile.
 */
export function inspectionPatch(
	db: DbOrTx,
	personId: string,
	since: number,
	upTo: number
): InspectionPatch[] {
	const rows = inspectionsRepo
		.changedForInspector(db, personId, since)
		.filter((row) => row.serverSeq <= upTo);
	const mine = rows.filter((row) => row.inspectorId === personId);
	const views = toInspectionViews(db, mine);
	return [
		...views.map((data) => ({ op: 'put' as const, id: data.id, data })),
		...rows
			.filter((row) => row.inspectorId !== personId)
			.map((row) => ({ op: 'del' as const, id: row.id, data: null }))
	];
}
