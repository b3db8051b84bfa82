import type { DbOrTx } from '../db/client.server';
import { personLimits } from '../kernel/limits';
import { MutationRejected } from '../kernel/mutation-rejected';
import { storageQuotaRepo } from './storage-quota.repo';

/**
 * Refuses a file that would take the applicant's attached bytes past their quota
 * (server/kernel/limits.ts). A content they already attached costs nothing again. The
 * refusal is `STORAGE_QUOTA` (text in src/lib/i18n/limits-messages.ts); the file stays on
 * the device with its mutation (decision 0002).
 */
export function checkStorageQuota(
	db: DbOrTx,
	applicantId: string,
	sha256: string,
	size: number
): void {
	const used = storageQuotaRepo.usedBy(db, applicantId, sha256);
	if (!used.has && used.bytes + size > personLimits().storageBytes) {
		throw new MutationRejected('STORAGE_QUOTA');
	}
}
