import { contentHash } from '../../src/lib/domain/canonical-hash';
import { toIssues } from '../../src/lib/domain/issues';
import { yearInLatvia } from '../../src/lib/domain/time';
import { contextIssues, validateAll, wellFormedAnswers } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import { isServiceOffered } from '../service-settings/service-settings.service';
import type { DbOrTx } from '../db/client.server';
import type { MutationContext } from '../kernel/mutation';
import { MutationRejected } from '../kernel/mutation-rejected';
import { writeFacets } from './facets';
import type { Actor } from '../kernel/context';
import { applicationsRepo, type ApplicationRow } from './applications.repo';
import { mutationReach } from './reach';
import { formatRegistrationNumber } from './applications.rules';
import { isUniqueViolation, municipalContext } from './applications.shared';
import { applyContentEdit } from './content-edit';
import { noticeOfSubmission } from '../notifications/submission';
import { fileKindIssues } from './file-kinds';
import { memoized } from '../kernel/batch-memo';
import { checkDraftLimit } from './draft-limit';
import { sequenceRepo } from '../kernel/sequence.repo';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import { tenantRecords } from '../tenants/tenants.service';

/**
 * Citizen mutation `application.saveDraft`: create the application as a draft, or change
 * its content (a draft, or a submitted application not yet under review) as a new version.
 */
/** Municipal-rule messages that refuse a draft at once, not only at submission. */
const BLOCKING_IN_DRAFT = new Set(['institution.unknown', 'choice.unknown']);

export function saveDraft(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'application.saveDraft'>,
	now: number,
	context?: MutationContext
) {
	const service = getService(args.service);
	if (!service) {
		throw new MutationRejected('UNKNOWN_SERVICE');
	}
	const known = memoized(context?.memo, `municipality:${args.municipalityId}`, () =>
		tenantRecords.findMunicipality(db, args.municipalityId)
	);
	if (!known) {
		throw new MutationRejected('UNKNOWN_MUNICIPALITY');
	}
	const checked = service.draftSchema.safeParse(args.patch);
	if (!checked.success) {
		throw new MutationRejected('INVALID', toIssues(checked.error));
	}
	// A draft may break municipal rules while the person is mid-way (a date since passed, a
	// period too long): those are refused at submission. A value that names something that
	// does not exist here (an unknown institution or option) is refused at once.
	// The same for every mutation of a push (one municipality, one clock, one applicant).
	const municipal = memoized(context?.memo, `context:${args.municipalityId}:${service.id}`, () =>
		municipalContext(db, args.municipalityId, service, now, context?.applicant, context?.memo)
	);
	// Rules read only well-formed values: a draft may hold values still being typed.
	const formed = wellFormedAnswers(service, args.patch);
	const patched = service.steps.flatMap((step) => step.fields).filter((f) => f.name in formed);
	const blocking = [
		...service.checkMunicipalRules(formed, municipal),
		...contextIssues(patched, formed, municipal)
	].filter((i) => BLOCKING_IN_DRAFT.has(i.message));
	if (blocking.length > 0) {
		throw new MutationRejected('INVALID', blocking);
	}
	const offered = memoized(context?.memo, `offered:${args.municipalityId}:${service.id}`, () =>
		isServiceOffered(db, args.municipalityId, service.id)
	);
	// A new id (the usual case) is written at once, without reading first; a taken one is
	// then looked up within the person's reach: their own draft to edit, or ID_TAKEN.
	if (offered && insertDraft(db, actor, args, now, context)) {
		return { version: 1, conflicts: 0 };
	}
	const existing = applicationsRepo.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.id
	);
	if (!existing) {
		// Drafts already begun stay editable; a new one needs the service to be offered here.
		// Offered and still not written: the id belongs to somebody else's record (or another
		// municipality's).
		throw new MutationRejected(offered ? 'ID_TAKEN' : 'SERVICE_NOT_OFFERED');
	}
	if (existing.service !== args.service) {
		throw new MutationRejected('ID_TAKEN');
	}
	return applyContentEdit(db, {
		app: existing,
		patch: args.patch,
		baseVersion: context?.baseVersions[args.id],
		actor,
		role: 'citizen',
		now,
		context
	});
}

/** Writes a new draft with its first change; false (nothing written) if the id is taken. */
function insertDraft(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'application.saveDraft'>,
	now: number,
	context?: MutationContext
): boolean {
	let written: boolean;
	try {
		written = applicationsRepo.insertDraftIfNew(db, {
			id: args.id,
			municipalityId: args.municipalityId,
			service: args.service,
			// Under a power of attorney the application is the grantor's (see below).
			applicantId: context?.applicant?.grantorId ?? actor.id,
			data: args.patch,
			serverSeq: context?.nextSeq ? context.nextSeq() : sequenceRepo.nextSeq(db),
			now
		});
	} catch (error) {
		if (isUniqueViolation(error)) {
			return false;
		}
		throw error;
	}
	if (!written) {
		return false;
	}
	// Counted after the write (the new draft included), so an edit of a draft the person
	// already has is never refused; a refusal rolls this mutation's savepoint back.
	checkDraftLimit(db, args.municipalityId, context?.applicant?.grantorId ?? actor.id, args.service);
	const grantorId = context?.applicant?.grantorId;
	if (grantorId && grantorId !== actor.id) {
		applicationsRepo.insertDelegate(db, args.id, actor.id, now);
	}
	applicationsRepo.insertChange(db, {
		applicationId: args.id,
		municipalityId: args.municipalityId,
		version: 1,
		fields: Object.keys(args.patch),
		actorId: actor.id,
		actorRole: 'citizen',
		clientId: context?.clientId ?? null,
		createdAt: now
	});
	return true;
}

/**
 * What other areas give a submission, in its transaction: the application's files (the
 * attachments area), the day the decision is due (written with the submission's own update,
 * so receipt is one version) and the first event of the application's history (the
 * workflow). The workflow area registers the `application.submit` mutator with them
 * (server/workflow/mutators.ts), so this area imports neither.
 */
export type SubmissionSteps = {
	/** The application's files, whose kinds the service's file fields are checked against. */
	files(tx: DbOrTx, app: ApplicationRow): readonly { id: string; mime: string }[];
	dueOn(tx: DbOrTx, app: ApplicationRow, now: number): string | null;
	recorded(tx: DbOrTx, app: ApplicationRow, actor: Actor, now: number): void;
};

/** Citizen mutation `application.submit`. The receipt time is the server's clock. */
export function submit(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'application.submit'>,
	now: number,
	context: MutationContext | undefined,
	steps: SubmissionSteps
) {
	// The earlier answer is given only for an application this person may reach (the same
	// ownership query as everywhere): someone else's ids must never bring back its result.
	const earlier = applicationsRepo.findSubmission(db, args.municipalityId, args.submissionId);
	const reachable =
		earlier &&
		applicationsRepo.findForApplicant(
			db,
			args.municipalityId,
			mutationReach(actor.id, context?.applicant),
			earlier.applicationId
		);
	if (earlier && reachable) {
		if (earlier.applicationId === args.id && earlier.payloadHash === args.payloadHash) {
			return earlier.resultJson;
		}
		throw new MutationRejected('SUBMISSION_ID_REUSED');
	}
	// Someone else's id (here or in another municipality): refused, saying nothing of it.
	if (earlier || applicationsRepo.isSubmissionIdTaken(db, args.submissionId)) {
		throw new MutationRejected('SUBMISSION_ID_REUSED');
	}
	const existing = applicationsRepo.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.id
	);
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
	// The engine's whole check: schema, the service's rules and this municipality's options.
	const issues = validateAll(
		service,
		existing.data,
		municipalContext(db, args.municipalityId, service, now, context?.applicant)
	);
	issues.push(...fileKindIssues(service, existing.data, steps.files(db, existing)));
	if (!isServiceOffered(db, args.municipalityId, service.id)) {
		issues.push({ path: '', message: 'service.notOffered' });
	}
	if (issues.length > 0) {
		throw new MutationRejected('INCOMPLETE', issues);
	}
	const municipality = tenantRecords.findMunicipality(db, args.municipalityId);
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
		dueOn: steps.dueOn(db, existing, now),
		version,
		serverSeq: sequenceRepo.nextSeq(db),
		updatedAt: now
	});
	// From now on it is in the officers' queue: index what they filter and search by.
	writeFacets(db, {
		...existing,
		status: 'submitted',
		registrationNumber,
		submittedAt: now,
		version
	});
	applicationsRepo.insertChange(db, {
		applicationId: existing.id,
		municipalityId: municipality.id,
		version,
		fields: ['status'],
		actorId: actor.id,
		actorRole: 'citizen',
		clientId: context?.clientId ?? null,
		createdAt: now
	});
	steps.recorded(db, existing, actor, now);
	noticeOfSubmission(db, {
		app: existing,
		about: applicationsRepo.noticeFacts(db, existing.id),
		service,
		municipality,
		registrationNumber,
		now
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
