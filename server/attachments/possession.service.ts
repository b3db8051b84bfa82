import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import { fileSenderRecords } from '../applications/applications.service';
import { attachmentsRepo } from './attachments.repo';
import { blobRelativePath } from './blob-files';
import { contradictsOwn, statusOnAdd, type OwnAttachment } from './attachments.rules';

/** What a person says about a file they are about to send: its hash, size and kind. */
export type ContentClaim = { sha256: string; size: number; mime: string };

/**
 * A person's files of one content that areas above attachments keep (the inspector's
 * photos): attachments may not import them, so they are given from server/app/
 * (files-elsewhere.ts), and by `inspection.photo` itself. They count as the person's own
 * files in every possession decision, and the bytes the person sends make them present.
 */
export type FilesElsewhere = {
	/** This person's files of this content, oldest first. */
	ownFiles(db: DbOrTx, personId: string, sha256: string): OwnAttachment[];
	/** Their files of this content still expected are present now: they sent its bytes. */
	markPresent(db: DbOrTx, personId: string, sha256: string): void;
};

/**
 * The person's own files of a content (what they claimed, what they sent): the attachments
 * of the applications whose files they send, then their files elsewhere (photos).
 */
export function ownFilesOf(
	db: DbOrTx,
	personId: string,
	sha256: string,
	elsewhere: FilesElsewhere
): OwnAttachment[] {
	const applicationIds = fileSenderRecords.applicationIdsOf(db, personId);
	return [
		...attachmentsRepo.listOwnAttachments(db, applicationIds, sha256),
		...elsewhere.ownFiles(db, personId, sha256)
	];
}

/** The person sent (and we checked) these bytes: every expected file of theirs of it is present. */
export function markOwnPresent(
	db: DbOrTx,
	personId: string,
	sha256: string,
	elsewhere: FilesElsewhere
): void {
	elsewhere.markPresent(db, personId, sha256);
	attachmentsRepo.markPresent(db, fileSenderRecords.applicationIdsOf(db, personId), sha256);
}

/**
 * Proof of possession, the one check for every file a person claims (an applicant's
 * attachment, an inspector's photo), so that a fix to it reaches both. The answer depends
 * only on this person's own files: a claim contradicting what they attached of this content
 * before is refused, and the new file is present at once only if they themselves already
 * sent these bytes; otherwise they must send them, whoever else did. The content's shared
 * row is made if nobody claimed it before (a first claim, until verified bytes arrive).
 */
export function claimContent(
	db: DbOrTx,
	personId: string,
	claim: ContentClaim,
	now: number,
	elsewhere: FilesElsewhere
): 'expected' | 'present' {
	const own = ownFilesOf(db, personId, claim.sha256, elsewhere);
	if (contradictsOwn(own, claim)) {
		// One content has one size and kind: the person contradicts their own earlier claim.
		throw new MutationRejected('ATTACHMENT_MISMATCH');
	}
	// The content's row (its shared file, once someone's bytes are verified); kept as it is
	// if anyone attached this content before.
	attachmentsRepo.ensureBlob(db, {
		sha256: claim.sha256,
		size: claim.size,
		mime: claim.mime,
		receivedBytes: 0,
		status: 'partial',
		path: blobRelativePath(claim.sha256),
		createdAt: now
	});
	return statusOnAdd(own);
}
