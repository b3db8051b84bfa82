import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { syncClient } from '../db/schema/sync';

/** This area's rows about one person, for their own data export (GDPR Art. 15). */
export const syncPersonDataRepo = {
	devices(db: DbOrTx, personId: string) {
		return db.select().from(syncClient).where(eq(syncClient.personId, personId)).all();
	}
};
