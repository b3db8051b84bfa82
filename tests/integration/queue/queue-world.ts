import { eq } from 'drizzle-orm';
import { application } from '../../../server/db/schema/application';
import { writeFacets } from '../../../server/applications/facets';
import { uuidv7 } from '../../../src/lib/domain/ids';
import type { ApplicationStatus } from '../../../src/lib/domain/application';
import type { freshDb } from '../harness';

type Db = ReturnType<typeof freshDb>;

export type QueuedSpec = {
	municipalityId?: string;
	/** A registered service's id (a test may register one of its own). */
	service?: string;
	status?: ApplicationStatus;
	applicantId?: string;
	submittedAt?: number;
	assigneeId?: string | null;
	dueOn?: string | null;
	decidedAt?: number | null;
	data?: Record<string, unknown>;
};

let serial = 0;

/**
 * A submitted application written straight into the table (as the workflow leaves it), with
 * its facets written by the real writeFacets: quicker than pushing each through sync when a
 * test needs many.
 */
export function insertQueued(db: Db, spec: QueuedSpec = {}): string {
	serial += 1;
	const submittedAt = spec.submittedAt ?? Date.parse('2026-03-02T08:00:00Z') + serial * 1000;
	const id = uuidv7(submittedAt);
	const municipalityId = spec.municipalityId ?? 'riga';
	db.insert(application)
		.values({
			id,
			municipalityId,
			service: spec.service ?? 'education-enrolment',
			applicantId: spec.applicantId ?? 'demo-citizen-anna',
			status: spec.status ?? 'submitted',
			data: spec.data ?? {
				childGivenName: 'Elza',
				childSurname: 'Liepiņa',
				childPersonalCode: '150324-29993',
				level: 'preschool',
				institutionChoices: [`${municipalityId}-saulite`]
			},
			version: 2,
			serverSeq: serial,
			registrationNumber: `${municipalityId.toUpperCase()}-2026-${String(serial).padStart(6, '0')}`,
			submittedAt,
			assigneeId: spec.assigneeId ?? null,
			dueOn: spec.dueOn === undefined ? '2026-04-02' : spec.dueOn,
			decidedAt: spec.decidedAt ?? null,
			createdAt: submittedAt,
			updatedAt: submittedAt
		})
		.run();
	const row = db.select().from(application).where(eq(application.id, id)).get();
	if (row) {
		writeFacets(db, row);
	}
	return id;
}
