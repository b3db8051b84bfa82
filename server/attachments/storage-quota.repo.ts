import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';

export type StorageUse = { bytes: number; has: number };

/**
 * The bytes of a person's attached files, each content once (identical files are stored
 * once), and whether one content is already among them. Not tenant data: the quota is the
 * person's across municipalities, as a session is.
 */
export const storageQuotaRepo = {
	usedBy(db: DbOrTx, personId: string, sha256: string): StorageUse {
		const row = db.get<StorageUse>(sql`
			SELECT coalesce(sum(size), 0) AS bytes, coalesce(max(sha256 = ${sha256}), 0) AS has
			FROM (
				SELECT DISTINCT a.sha256, a.size
				FROM attachment a JOIN application p ON p.id = a.application_id
				WHERE p.applicant_id = ${personId}
			)`);
		return row;
	}
};
