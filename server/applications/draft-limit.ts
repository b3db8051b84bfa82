import type { DbOrTx } from '../db/client.server';
import { personLimits } from '../kernel/limits';
import { MutationRejected } from '../kernel/mutation-rejected';
import { draftCountRepo } from './draft-count.repo';

/**
 * Refuses a new draft when the applicant already has as many open drafts of this e-service
 * in this municipality as the limit allows (server/kernel/limits.ts). Editing or submitting
 * a draft they have is never refused by it. The refusal is `DRAFT_LIMIT` (its text in the
 * catalogue, src/lib/i18n/limits-messages.ts); the draft stays on the device (decision 0002).
 */
export function checkDraftLimit(
	db: DbOrTx,
	municipalityId: string,
	applicantId: string,
	service: string
): void {
	const limit = personLimits().openDraftsPerService;
	if (draftCountRepo.openDrafts(db, municipalityId, applicantId, service) >= limit) {
		throw new MutationRejected('DRAFT_LIMIT');
	}
}
