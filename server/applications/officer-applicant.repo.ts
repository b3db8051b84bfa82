import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationDelegate } from '../db/schema/application-delegate';
import type { Tenant } from '../kernel/trpc';

export const officerApplicantRepo = {
	/**
	 * Who is behind one of the municipality's applications: the applicant and, when it was
	 * made under a power of attorney, the delegate who made it (their names and codes are
	 * the identity area's, read through its service).
	 */
	peopleOf(db: DbOrTx, tenant: Tenant, applicationId: string) {
		return (
			db
				.select({
					applicantId: application.applicantId,
					delegateId: applicationDelegate.delegateId
				})
				.from(application)
				.leftJoin(applicationDelegate, eq(applicationDelegate.applicationId, application.id))
				.where(
					and(
						eq(application.id, applicationId),
						eq(application.municipalityId, tenant.municipalityId)
					)
				)
				.get() ?? null
		);
	}
};
