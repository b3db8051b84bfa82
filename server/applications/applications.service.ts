import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import {
	zSaveDraftArgs,
	zSubmitArgs,
	type ApplicationView
} from '../../src/lib/domain/application';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { toIssues } from '../../src/lib/domain/issues';
import { todayInLatvia, yearInLatvia } from '../../src/lib/domain/time';
import { getService } from '../../src/lib/services/registry';
import type { MunicipalContext } from '../../src/lib/services/types';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../sync/mutation-rejected';
import { syncRepo } from '../sync/sync.repo';
import { tenantsRepo } from '../tenants/tenants.repo';
import type { Actor } from '../trpc/context';
import type { Tenant } from '../trpc/init';
import { applicationsRepo } from './applications.repo';
import { formatRegistrationNumber, toApplicationView } from './applications.rules';

function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
	const parsed = schema.safeParse(args);
	if (!parsed.success) {
		throw new MutationRejected('INVALID_ARGS', toIssues(parsed.error));
	}
	return parsed.data;
}

/** Municipal facts for a service's rules, read only when a rule asks for them. */
function municipalContext(db: DbOrTx, municipalityId: string, now: number): MunicipalContext {
	let institutionIds: ReadonlySet<string> | undefined;
	return {
		get institutionIds() {
			institutionIds ??= new Set(tenantsRepo.listInstitutions(db, municipalityId).map((i) => i.id));
			return institutionIds;
		},
		today: todayInLatvia(now)
	};
}

/** Citizen mutation `application.saveDraft`: create the draft, or merge fields into it. */
export function saveDraft(db: DbOrTx, actor: Actor, rawArgs: unknown, now: number) {
	const args = parseArgs(zSaveDraftArgs, rawArgs);
	const service = getService(args.service);
	if (!service) {
		throw new MutationRejected('UNKNOWN_SERVICE');
	}
	if (!tenantsRepo.findMunicipality(db, args.municipalityId)) {
		throw new MutationRejected('UNKNOWN_MUNICIPALITY');
	}
	const checked = service.draftSchema.safeParse(args.patch);
	if (!checked.success) {
		throw new MutationRejected('INVALID', toIssues(checked.error));
	}
	const ruleIssues = service.checkMunicipalRules(
		args.patch,
		municipalContext(db, args.municipalityId, now)
	);
	// A start date in the past is fine in a draft (the person may be mid-way); it is
	// refused at submission. Unknown institutions are refused at once.
	const blocking = ruleIssues.filter((i) => i.message !== 'date.past');
	if (blocking.length > 0) {
		throw new MutationRejected('INVALID', blocking);
	}
	const existing = applicationsRepo.findForApplicant(db, args.municipalityId, actor.id, args.id);
	const seq = syncRepo.nextSeq(db);
	if (!existing) {
		try {
			applicationsRepo.insert(db, {
				id: args.id,
				municipalityId: args.municipalityId,
				service: args.service,
				applicantId: actor.id,
				status: 'draft',
				data: args.patch,
				version: 1,
				serverSeq: seq,
				submissionId: null,
				registrationNumber: null,
				submittedAt: null,
				createdAt: now,
				updatedAt: now
			});
		} catch (error) {
			// The id belongs to somebody else's record (or another municipality's).
			if (isUniqueViolation(error)) {
				throw new MutationRejected('ID_TAKEN');
			}
			throw error;
		}
		return { version: 1 };
	}
	if (existing.service !== args.service) {
		throw new MutationRejected('ID_TAKEN');
	}
	if (existing.status !== 'draft') {
		throw new MutationRejected('STALE_STATE');
	}
	const version = existing.version + 1;
	applicationsRepo.update(db, args.municipalityId, args.id, {
		data: { ...existing.data, ...args.patch },
		version,
		serverSeq: seq,
		updatedAt: now
	});
	return { version };
}

/** Citizen mutation `application.submit`. The receipt time is the server's clock. */
export function submit(db: DbOrTx, actor: Actor, rawArgs: unknown, now: number) {
	const args = parseArgs(zSubmitArgs, rawArgs);
	const earlier = applicationsRepo.findSubmission(db, args.municipalityId, args.submissionId);
	if (earlier) {
		if (earlier.applicationId === args.id && earlier.payloadHash === args.payloadHash) {
			return earlier.resultJson;
		}
		throw new MutationRejected('SUBMISSION_ID_REUSED');
	}
	const existing = applicationsRepo.findForApplicant(db, args.municipalityId, actor.id, args.id);
	if (!existing) {
		throw new MutationRejected('NOT_FOUND');
	}
	if (existing.status !== 'draft') {
		throw new MutationRejected('STALE_STATE');
	}
	const service = getService(existing.service);
	if (!service) {
		throw new MutationRejected('UNKNOWN_SERVICE');
	}
	// What the person saw and confirmed must be what the server holds.
	if (contentHash(existing.data) !== args.payloadHash) {
		throw new MutationRejected('CONTENT_MISMATCH');
	}
	const complete = service.submitSchema.safeParse(existing.data);
	const issues = complete.success ? [] : toIssues(complete.error);
	issues.push(
		...service.checkMunicipalRules(existing.data, municipalContext(db, args.municipalityId, now))
	);
	if (issues.length > 0) {
		throw new MutationRejected('INCOMPLETE', issues);
	}
	const municipality = tenantsRepo.findMunicipality(db, args.municipalityId);
	if (!municipality) {
		throw new MutationRejected('UNKNOWN_MUNICIPALITY');
	}
	const year = yearInLatvia(now);
	const serial = applicationsRepo.nextRegistrationSerial(db, municipality.id, year);
	const registrationNumber = formatRegistrationNumber(
		municipality.registrationPrefix,
		year,
		serial
	);
	const version = existing.version + 1;
	applicationsRepo.update(db, municipality.id, existing.id, {
		status: 'submitted',
		submissionId: args.submissionId,
		registrationNumber,
		submittedAt: now,
		version,
		serverSeq: syncRepo.nextSeq(db),
		updatedAt: now
	});
	const result = { registrationNumber, submittedAt: now, version };
	applicationsRepo.insertSubmission(db, {
		submissionId: args.submissionId,
		municipalityId: municipality.id,
		applicationId: existing.id,
		payloadHash: args.payloadHash,
		resultJson: result,
		createdAt: now
	});
	return result;
}

function isUniqueViolation(error: unknown): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		(error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE')
	);
}

/** The officer's queue of their municipality: submitted applications only. */
export function listQueue(db: DbOrTx, tenant: Tenant, service?: string): ApplicationView[] {
	if (service && tenant.services && !tenant.services.includes(service)) {
		throw new TRPCError({ code: 'FORBIDDEN', message: 'No role for this e-service' });
	}
	return applicationsRepo.listSubmitted(db, tenant, service).map(toApplicationView);
}

export function getSubmitted(db: DbOrTx, tenant: Tenant, id: string): ApplicationView {
	const row = applicationsRepo.findSubmitted(db, tenant, id);
	if (!row) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	return toApplicationView(row);
}
