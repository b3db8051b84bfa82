import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import { attachmentsRepo } from './attachments.repo';
import { blobRelativePath } from './blob-files';
import { contradictsOwn, statusOnAdd } from './attachments.rules';

/** What a person says about a file they are about to send: its hash, size and kind. */
export type ContentClaim = { sha256: string; size: number; mime: string };

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
	now: number
): 'expected' | 'present' {
	const own = attachmentsRepo.listAttachedBy(db, personId, claim.sha256);
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
