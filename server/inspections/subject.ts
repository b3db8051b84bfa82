import type { DesignFile, InspectionSubject } from '../../src/lib/domain/inspection';
import type { DbOrTx } from '../db/client.server';
import { shownFileName } from '../../src/lib/domain/file-names';
import type { ApplicationRow } from '../applications/applications.service';
import { attachmentRecords as attachmentsRepo } from '../attachments/attachments.service';
import { inspectionService } from './setup';

/**
 * What the inspector checks, copied from the application when the task is made (the
 * service's `inspection.subject`): the device works from this copy offline, and a later
 * change of the application does not silently change what a done inspection was measured
 * against.
 */
export function subjectOf(app: ApplicationRow): InspectionSubject {
	return inspectionService(app.service).inspection.subject(app.data);
}

/**
 * The application's files the inspector compares the site with (the service's
 * `inspection.referenceFiles`, e.g. the design as applied), those that have arrived (only
 * those can be downloaded).
 */
export function designFilesOf(db: DbOrTx, app: ApplicationRow): DesignFile[] {
	const ids = inspectionService(app.service).inspection.referenceFiles.flatMap((field) => {
		const value: unknown = app.data[field];
		return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
	});
	if (ids.length === 0) {
		return [];
	}
	const files = attachmentsRepo.listForApplication(db, app.municipalityId, app.id);
	return files
		.filter((f) => ids.includes(f.id) && f.status === 'present')
		.map((f) => ({
			attachmentId: f.id,
			sha256: f.sha256,
			filename: shownFileName(f.filename, f.mime),
			mime: f.mime,
			size: f.size
		}));
}
