import { TRPCError } from '@trpc/server';
import { audit } from '../audit/audit.service';
import type { OfficeApplicant, OfficeApplicationView } from '../../src/lib/domain/office-applicant';
import { toIssues } from '../../src/lib/domain/issues';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { applicationsRepo, type ApplicationRow } from './applications.repo';
import { officerApplicantRepo } from './officer-applicant.repo';
import { people as personRecords } from '../identity/people.service';
import { toApplicationView } from './applications.rules';
import { applyContentEdit } from './content-edit';
import { refusedWith } from '../kernel/refused';

function requireSubmitted(db: DbOrTx, tenant: Tenant, id: string) {
	const row = applicationsRepo.findSubmitted(db, tenant, id);
	if (!row) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	return row;
}

/** "Anna Bērziņa"; empty for a grantor known by code only (they have never signed in). */
const fullName = (p: { givenName: string; surname: string }) =>
	`${p.givenName} ${p.surname}`.trim();

/**
 * Who applied: the person (by name and personal code), the company when the service's answers
 * say the application is a company's, and the delegate who made it under a power of attorney.
 */
function applicantOf(db: DbOrTx, tenant: Tenant, row: ApplicationRow): OfficeApplicant {
	const ids = officerApplicantRepo.peopleOf(db, tenant, row.id);
	const applicant = ids ? personRecords.findById(db, ids.applicantId) : null;
	if (!ids || !applicant) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	const delegate = ids.delegateId ? personRecords.findById(db, ids.delegateId) : null;
	const party = getService(row.service)?.decision?.applicantParty?.(row.data) ?? null;
	return {
		name: fullName(applicant),
		personalCode: applicant.personalCode,
		company: party ? { name: party.name, registrationNumber: party.code } : null,
		delegate: delegate ? { name: fullName(delegate), personalCode: delegate.personalCode } : null
	};
}

/**
 * Opens one application with the applicant's personal data (who applied, with their
 * personal code): every opening is audited (who, when, which record, which municipality), as
 * the data protection rules require.
 */
export function openSubmitted(
	db: DbOrTx,
	tenant: Tenant,
	viewer: { person: Actor; address: string | null; now: number },
	id: string
): OfficeApplicationView {
	const row = requireSubmitted(db, tenant, id);
	audit(
		db,
		{
			action: 'application.open',
			actor: viewer.person,
			municipalityId: tenant.municipalityId,
			subject: { type: 'application', id: row.id },
			details: { service: row.service, registrationNumber: row.registrationNumber },
			address: viewer.address
		},
		viewer.now
	);
	return { ...toApplicationView(row), applicant: applicantOf(db, tenant, row) };
}

/** An officer corrects content fields, merged against the applicant's changes since `baseVersion`. */
export function editFields(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { id: string; baseVersion: number; fields: Record<string, unknown> },
	now: number
) {
	const row = requireSubmitted(db, tenant, input.id);
	const service = getService(row.service);
	const checked = service?.draftSchema.safeParse(input.fields);
	if (!checked?.success) {
		throw checked
			? refusedWith('BAD_REQUEST', toIssues(checked.error))
			: new TRPCError({ code: 'BAD_REQUEST', message: 'UNKNOWN_SERVICE' });
	}
	try {
		return db.transaction((tx) =>
			applyContentEdit(tx, {
				app: row,
				patch: input.fields,
				baseVersion: input.baseVersion,
				actor,
				role: 'officer',
				now
			})
		);
	} catch (error) {
		if (error instanceof MutationRejected) {
			throw new TRPCError({ code: 'BAD_REQUEST', message: error.code });
		}
		throw error;
	}
}
