import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';

/**
 * The applications a placement run reads (issue 16): one municipality's applications of one
 * service in the given states, in receipt order. Kept apart from applications.repo.ts so the
 * placement area's one query does not tangle with the sync path's.
 */
export const placementInputRepo = {
	inStates(db: DbOrTx, municipalityId: string, service: string, states: readonly string[]) {
		return db
			.select({
				id: application.id,
				status: application.status,
				version: application.version,
				data: application.data,
				submittedAt: application.submittedAt,
				registrationNumber: application.registrationNumber,
				applicantId: application.applicantId
			})
			.from(application)
			.where(
				and(
					eq(application.municipalityId, municipalityId),
					eq(application.service, service),
					inArray(application.status, states as ApplicationStatusList)
				)
			)
			.orderBy(asc(application.submittedAt), asc(application.id))
			.all();
	}
};

type ApplicationStatusList = (typeof application.$inferSelect)['status'][];
