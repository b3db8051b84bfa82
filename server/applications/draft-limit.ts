import type { DbOrTx } from '../db/client.server';
import { personLimits } from '../kernel/limits';
import { MutationRejected } from '../kernel/mutation-rejected';
import { draftCountRepo } from './draft-count.repo';

/**
 * Refuses a new draft that takes the applicant over the open drafts of this e-service in this
 * municipality that the limit allows (server/kernel/limits.ts). Called right after the new
 * draft is written (it is counted), inside the mutation's savepoint, so the refusal undoes
 * the write; editing or submitting a draft they have never reaches it. The refusal is `DRAFT_LIMIT` (its text in the
 * catalogue, src/lib/i18n/limits-messages.ts); the draft stays on the device (decision 0002).
 */
export function checkDraftLimit(
	db: DbOrTx,
	municipalityId: string,
	applicantId: string,
	service: string
): void {
	const limit = personLimits().openDraftsPerService;
	if (draftCountRepo.moreDraftsThan(db, municipalityId, applicantId, service, limit)) {
		throw new MutationRejected('DRAFT_LIMIT');
	}
}
