import type { DesignFile, InspectionSubject } from '../../src/lib/domain/inspection';
import { permitFacts } from '../../src/lib/services/advertising-permit/decision';
import { F } from '../../src/lib/services/advertising-permit/rules';
import { parseDecimal } from '../../src/lib/services/engine/formats';
import type { DbOrTx } from '../db/client.server';
import { shownFileName } from '../../src/lib/domain/file-names';
import type { ApplicationRow } from '../applications/applications.service';
import { attachmentRecords as attachmentsRepo } from '../attachments/attachments.service';

/** The application's files the inspector compares the site with: the design, as applied. */
const DESIGN_FIELD = 'design';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const metres = (value: unknown) => (typeof value === 'number' ? value : parseDecimal(value));

/**
 * What the inspector checks, copied from the permit application when the task is made: the
 * device works from this copy offline, and a later change of the application does not
 * silently change what a done inspection was measured against.
 */
export function subjectOf(app: ApplicationRow): InspectionSubject {
	const facts = permitFacts(app.data);
	return {
		permitKind: text(app.data[F.kind]),
		holder: facts.holder,
		location: facts.location,
		lat: facts.lat,
		lon: facts.lon,
		width: metres(app.data[F.width]),
		height: metres(app.data[F.height]),
		lighting: text(app.data.lighting),
		content: text(app.data.content),
		validFrom: facts.validFrom,
		validTo: facts.validTo
	};
}

/** The design files of the application that have arrived (only those can be downloaded). */
export function designFilesOf(db: DbOrTx, app: ApplicationRow): DesignFile[] {
	const ids = app.data[DESIGN_FIELD];
	if (!Array.isArray(ids)) {
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
