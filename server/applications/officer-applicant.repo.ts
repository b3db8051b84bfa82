import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationDelegate } from '../db/schema/application-delegate';
import { person } from '../db/schema/identity';
import type { Tenant } from '../kernel/trpc';

const applicant = alias(person, 'applicant');
const delegate = alias(person, 'delegate');

export const officerApplicantRepo = {
	/**
	 * The applicant of one of the municipality's applications and, when it was made under a
	 * power of attorney, the delegate who made it: names and personal codes only.
	 */
	peopleOf(db: DbOrTx, tenant: Tenant, applicationId: string) {
		return (
			db
				.select({
					applicant: {
						givenName: applicant.givenName,
						surname: applicant.surname,
						personalCode: applicant.personalCode
					},
					delegate: {
						givenName: delegate.givenName,
						surname: delegate.surname,
						personalCode: delegate.personalCode
					}
				})
				.from(application)
				.innerJoin(applicant, eq(applicant.id, application.applicantId))
				.leftJoin(applicationDelegate, eq(applicationDelegate.applicationId, application.id))
				.leftJoin(delegate, eq(delegate.id, applicationDelegate.delegateId))
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
