import { TRPCError } from '@trpc/server';
import {
	attachmentLimitsFor,
	checkDeclared,
	zAttachmentAddArgs,
	type ApplicationAttachments,
	type BeginUploadInput,
	type BeginUploadOutput
} from '../../src/lib/domain/attachments';
import { toIssues } from '../../src/lib/domain/issues';
import { applicationsRepo } from '../applications/applications.repo';
import type { Db, DbOrTx } from '../db/client.server';
import { MutationRejected } from '../sync/mutation-rejected';
import type { Actor } from '../trpc/context';
import type { Tenant } from '../trpc/init';
import { blobDirFor, blobRelativePath, storedLength } from './blob-files';
import { attachmentsRepo } from './attachments.repo';
import { chunkSizeFor, parseBodySizeLimit, rejectionCode } from './attachments.rules';

/**
 * Citizen mutation `attachment.add` (SYNC.md §1.7): the file is now expected on the
 * application; its bytes come separately, so the data never waits for them. A file whose
 * content the server already has is present at once.
 */
export function addAttachment(db: DbOrTx, actor: Actor, rawArgs: unknown, now: number) {
	const parsed = zAttachmentAddArgs.safeParse(rawArgs);
	if (!parsed.success) {
		throw new MutationRejected('INVALID_ARGS', toIssues(parsed.error));
	}
	const args = parsed.data;
	const owned = applicationsRepo.findForApplicant(db, args.municipalityId, actor.id, args.recordId);
	if (!owned) {
		throw new MutationRejected('NOT_FOUND');
	}
	if (owned.status !== 'draft') {
		throw new MutationRejected('STALE_STATE');
	}
	const limits = attachmentLimitsFor(owned.service);
	const problem = checkDeclared(args, limits);
	if (problem) {
		throw new MutationRejected(rejectionCode(problem));
	}
	if (attachmentsRepo.countForApplication(db, owned.municipalityId, owned.id) >= limits.maxFiles) {
		throw new MutationRejected('ATTACHMENT_TOO_MANY');
	}
	let blob = attachmentsRepo.findBlob(db, args.sha256);
	if (blob && (blob.size !== args.size || blob.mime !== args.mime)) {
		// One content has one size and kind: a different claim is a client bug or a lie.
		throw new MutationRejected('ATTACHMENT_MISMATCH');
	}
	if (!blob) {
		blob = {
			sha256: args.sha256,
			size: args.size,
			mime: args.mime,
			receivedBytes: 0,
			status: 'partial',
			path: blobRelativePath(args.sha256),
			createdAt: now
		};
		attachmentsRepo.insertBlob(db, blob);
	}
	const status = blob.status === 'complete' ? 'present' : 'expected';
	try {
		attachmentsRepo.insertAttachment(db, {
			id: args.attachmentId,
			municipalityId: owned.municipalityId,
			applicationId: owned.id,
			sha256: args.sha256,
			filename: args.filename,
			mime: args.mime,
			size: args.size,
			status,
			createdAt: now
		});
	} catch (error) {
		if (isPrimaryKeyViolation(error)) {
			throw new MutationRejected('ID_TAKEN');
		}
		throw error;
	}
	return { status };
}

function isPrimaryKeyViolation(error: unknown): boolean {
	return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Where an upload stands: complete (sent before, by anyone: nothing to send), or the offset
 * to resume from. Only someone who attached this content may send it.
 */
export function beginUpload(db: Db, actor: Actor, input: BeginUploadInput): BeginUploadOutput {
	const blob = attachmentsRepo.findBlob(db, input.sha256);
	if (!blob || !attachmentsRepo.isAttachedBy(db, actor.id, input.sha256)) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No attachment of yours has this file' });
	}
	if (blob.size !== input.size || blob.mime !== input.mime) {
		throw new TRPCError({ code: 'CONFLICT', message: 'Size or type differs from the attachment' });
	}
	if (blob.status === 'complete') {
		return { complete: true };
	}
	// The disk is the truth for what was kept: after a crash it may hold less than the row
	// says (an unsynced write lost), never trust more than it has.
	const onDisk = storedLength(blobDirFor(db), blob.path);
	if (onDisk < blob.receivedBytes) {
		attachmentsRepo.setReceived(db, blob.sha256, onDisk);
	}
	return {
		complete: false,
		offset: Math.min(onDisk, blob.receivedBytes),
		chunkSize: chunkSizeFor(parseBodySizeLimit(process.env.BODY_SIZE_LIMIT))
	};
}

/** The officer's view of a submitted application's files: which have arrived. */
export function listForOfficer(
	db: DbOrTx,
	tenant: Tenant,
	applicationId: string
): ApplicationAttachments {
	if (!applicationsRepo.findSubmitted(db, tenant, applicationId)) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	const files = attachmentsRepo
		.listForApplication(db, tenant.municipalityId, applicationId)
		.map((row) => ({
			id: row.id,
			sha256: row.sha256,
			filename: row.filename,
			mime: row.mime,
			size: row.size,
			status: row.status,
			createdAt: row.createdAt
		}));
	return {
		present: files.filter((f) => f.status === 'present').length,
		expected: files.length,
		files
	};
}
