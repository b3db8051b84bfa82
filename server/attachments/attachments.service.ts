import { TRPCError } from '@trpc/server';
import {
	checkDeclared,
	type ApplicationAttachments,
	type BeginUploadInput,
	type BeginUploadOutput
} from '../../src/lib/domain/attachments';
import { attachmentLimitsFor } from '../../src/lib/services/attachment-limits';
import { shownFileName } from '../../src/lib/domain/file-names';
import { mutationReach } from '../applications/reach';
import type { MutationContext } from '../kernel/mutation';
import type { Db, DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { blobDirFor, storedLength, uploadRelativePath } from './blob-files';
import { attachmentsRepo, type BlobUploadRow } from './attachments.repo';
import { chunkSizeFor, parseBodySizeLimit, rejectionCode, statusOnAdd } from './attachments.rules';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import {
	claimContent,
	markOwnPresent,
	ownFilesOf,
	type FilesElsewhere
} from './possession.service';
import { checkStorageQuota } from './storage-quota';
import { applicationRecords } from '../applications/applications.service';

/**
 * Where the applicant may add files: a draft, and an application with an open request for
 * more information, whose answer the files go with (`information.answer` names them).
 */
const TAKES_FILES = new Set(['draft', 'information_requested']);

/**
 * Citizen mutation `attachment.add` (SYNC.md §1.7): the file is now expected on the
 * application; its bytes come separately, so the data never waits for them. It is present
 * at once only if this person already sent these bytes. Whether anyone else did changes
 * nothing here (not the status, not a refusal): otherwise anyone who knows a file's hash
 * could learn that someone uploaded it.
 */
export function addAttachment(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'attachment.add'>,
	now: number,
	elsewhere: FilesElsewhere,
	context?: MutationContext
) {
	const owned = applicationRecords.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.recordId
	);
	if (!owned) {
		throw new MutationRejected('NOT_FOUND');
	}
	if (!TAKES_FILES.has(owned.status)) {
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
	checkStorageQuota(db, owned.applicantId, args.sha256, args.size);
	const status = claimContent(db, actor.id, args, now, elsewhere);
	try {
		attachmentsRepo.insertAttachment(db, {
			id: args.attachmentId,
			municipalityId: owned.municipalityId,
			applicationId: owned.id,
			sha256: args.sha256,
			// Named for what it is: the bytes are checked against this type when they come.
			filename: shownFileName(args.filename, args.mime),
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

/** Where a person stands with a content, from their own files only. */
export type UploadStanding =
	| { kind: 'unknown' }
	| { kind: 'sent'; size: number; mime: string }
	| { kind: 'sending'; upload: BlobUploadRow };

/**
 * Whether this person has attached this content, already sent it, or is to send it (their
 * upload row, made on first need: an attachment added before per-person uploads existed
 * has none yet). Nothing in it depends on another person's files.
 */
export function standingOf(
	db: DbOrTx,
	personId: string,
	sha256: string,
	now: number,
	elsewhere: FilesElsewhere
): UploadStanding {
	const own = ownFilesOf(db, personId, sha256, elsewhere);
	const first = own[0];
	if (!first) {
		return { kind: 'unknown' };
	}
	if (statusOnAdd(own) === 'present') {
		return { kind: 'sent', size: first.size, mime: first.mime };
	}
	const upload = attachmentsRepo.findUpload(db, personId, sha256);
	if (upload) {
		return { kind: 'sending', upload };
	}
	const fresh = {
		personId,
		sha256,
		size: first.size,
		mime: first.mime,
		receivedBytes: 0,
		path: uploadRelativePath(),
		createdAt: now
	};
	attachmentsRepo.insertUpload(db, fresh);
	return { kind: 'sending', upload: fresh };
}

/**
 * Where this person's upload stands: complete (they sent it before: nothing to send), or
 * the offset to resume their own upload from. Only someone who attached this content may
 * ask, and the answer is the same whether or not anyone else sent it.
 */
export function beginUpload(
	db: Db,
	actor: Actor,
	input: BeginUploadInput,
	now: number,
	elsewhere: FilesElsewhere
): BeginUploadOutput {
	return db.transaction(
		(tx) => {
			const standing = standingOf(tx, actor.id, input.sha256, now, elsewhere);
			if (standing.kind === 'unknown') {
				throw new TRPCError({ code: 'NOT_FOUND', message: 'No attachment of yours has this file' });
			}
			const claimed = standing.kind === 'sent' ? standing : standing.upload;
			if (claimed.size !== input.size || claimed.mime !== input.mime) {
				throw new TRPCError({
					code: 'CONFLICT',
					message: 'Size or type differs from your attachment'
				});
			}
			if (standing.kind === 'sent') {
				// Any of their copies still expected (attached before this rule) is theirs too.
				markOwnPresent(tx, actor.id, input.sha256, elsewhere);
				return { complete: true };
			}
			const { upload } = standing;
			// The disk is the truth for what was kept: after a crash it may hold less than the
			// row says (an unsynced write lost), never trust more than it has.
			const onDisk = storedLength(blobDirFor(db), upload.path);
			if (onDisk < upload.receivedBytes) {
				attachmentsRepo.setUploadReceived(tx, actor.id, input.sha256, onDisk);
			}
			return {
				complete: false,
				offset: Math.min(onDisk, upload.receivedBytes),
				chunkSize: chunkSizeFor(parseBodySizeLimit(process.env.BODY_SIZE_LIMIT))
			};
		},
		{ behavior: 'immediate' }
	);
}

/** The officer's view of a submitted application's files: which have arrived. */
export function listForOfficer(
	db: DbOrTx,
	tenant: Tenant,
	applicationId: string
): ApplicationAttachments {
	if (!applicationRecords.findSubmitted(db, tenant, applicationId)) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	const files = attachmentsRepo
		.listForApplication(db, tenant.municipalityId, applicationId)
		.map((row) => ({
			id: row.id,
			sha256: row.sha256,
			filename: shownFileName(row.filename, row.mime),
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

export type { BlobRow } from './attachments.repo';

/** What other areas read and write of files: an application's attachments, a stored content. */
export const attachmentRecords = {
	listForApplication: attachmentsRepo.listForApplication.bind(attachmentsRepo),
	findBlob: attachmentsRepo.findBlob.bind(attachmentsRepo),
	findInMunicipality: attachmentsRepo.findInMunicipality.bind(attachmentsRepo),
	ensureBlob: attachmentsRepo.ensureBlob.bind(attachmentsRepo)
};
