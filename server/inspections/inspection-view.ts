import type { InspectionView } from '../../src/lib/domain/inspection';
import type { DbOrTx } from '../db/client.server';
import { applicationRecords } from '../applications/applications.service';
import { people } from '../identity/people.service';
import { inspectionsRepo, type InspectionPhotoRow, type InspectionRow } from './inspections.repo';

function photoView(row: InspectionPhotoRow): InspectionView['photos'][number] {
	const position =
		row.lat !== null && row.lon !== null && row.accuracyMetres !== null
			? {
					lat: row.lat,
					lon: row.lon,
					accuracyMetres: row.accuracyMetres,
					at: row.positionAt ?? row.takenAt
				}
			: null;
	return {
		photoId: row.id,
		sha256: row.sha256,
		mime: row.mime as 'image/jpeg' | 'image/png',
		size: row.size,
		takenAt: row.takenAt,
		position,
		status: row.status
	};
}

/**
 * Inspections as the inspector's device and the back office see them, with their photos,
 * the inspector's name and the application's registration number, read in four queries
 * whatever the number of rows.
 */
export function toInspectionViews(db: DbOrTx, rows: readonly InspectionRow[]): InspectionView[] {
	const photos = inspectionsRepo.photosOf(
		db,
		rows.map((r) => r.id)
	);
	const names = people.namesOf(
		db,
		rows.flatMap((r) => (r.inspectorId ? [r.inspectorId] : []))
	);
	const numbers = applicationRecords.registrationNumbers(
		db,
		rows.flatMap((r) => (r.applicationId ? [r.applicationId] : []))
	);
	return rows.map((row) => ({
		id: row.id,
		municipalityId: row.municipalityId,
		service: row.service,
		kind: row.kind,
		status: row.status,
		applicationId: row.applicationId,
		registrationNumber: row.applicationId ? (numbers.get(row.applicationId) ?? null) : null,
		permitNumber: row.permitNumber,
		followsId: row.followsId,
		inspectorId: row.inspectorId,
		inspectorName: row.inspectorId ? (names.get(row.inspectorId) ?? null) : null,
		dueOn: row.dueOn,
		instructions: row.instructions,
		subject: row.subject,
		checklist: row.checklist,
		limits: { maxDistanceMetres: row.maxDistanceMetres, maxAccuracyMetres: row.maxAccuracyMetres },
		designFiles: row.designFiles,
		outcome: row.outcome,
		description: row.description,
		photos: photos.filter((p) => p.inspectionId === row.id).map(photoView),
		conflict: row.conflict,
		closingNote: row.closingNote,
		version: row.version,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	}));
}
