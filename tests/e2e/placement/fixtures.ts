import { eq } from 'drizzle-orm';
import { writeFacets } from '../../../server/applications/facets';
import { openDatabase, type Db } from '../../../server/db/client.server';
import { application } from '../../../server/db/schema/application';
import { sequenceRepo } from '../../../server/kernel/sequence.repo';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { nextSchoolYearStart, preschoolChildCode } from '../support/enrolment';

/**
 * Seeds through code (evaka's fixtures): pre-school applications already in the queue of the
 * e2e server's database (tests/e2e/serve.ts writes it at tests/.tmp/e2e-<port>.db), so a spec
 * starts at the placement without filling seven form steps per child.
 */
const port = process.env.KOPA_E2E_PORT ?? '4173';

export function e2eDb(): Db {
	return openDatabase(`tests/.tmp/e2e-${port}.db`);
}

let serial = 0;

export function queuedEnrolment(
	db: Db,
	spec: { municipalityId: string; applicantId: string; givenName: string; choices: string[] }
): string {
	serial += 1;
	const now = Date.now() - 3_600_000 + serial * 1000;
	const id = uuidv7(now);
	db.insert(application)
		.values({
			id,
			municipalityId: spec.municipalityId,
			service: 'education-enrolment',
			applicantId: spec.applicantId,
			status: 'in_queue',
			data: {
				childGivenName: spec.givenName,
				childSurname: 'Liepiņa',
				childPersonalCode: preschoolChildCode(undefined, 100 + serial * 3),
				level: 'preschool',
				startDate: nextSchoolYearStart(),
				institutionChoices: spec.choices.map((c) => `${spec.municipalityId}-${c}`),
				priorityGrounds: [],
				applicantEmail: 'vecaks@example.lv'
			},
			version: 3,
			serverSeq: sequenceRepo.nextSeq(db),
			registrationNumber: `${spec.municipalityId.toUpperCase()}-E2E-${Date.now()}-${serial}`,
			submittedAt: now,
			dueOn: null,
			createdAt: now,
			updatedAt: now
		})
		.run();
	const row = db.select().from(application).where(eq(application.id, id)).get();
	if (row) {
		writeFacets(db, row);
	}
	return id;
}

export function statusOf(db: Db, id: string): string | undefined {
	return db
		.select({ status: application.status })
		.from(application)
		.where(eq(application.id, id))
		.get()?.status;
}

export function offersOf(db: Db, id: string) {
	return db.$client
		.prepare(
			'SELECT programme_id AS programmeId, status FROM placement_offer WHERE application_id = ?'
		)
		.all(id) as { programmeId: string; status: string }[];
}
