import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { changeSeq, serverMeta } from '../db/schema/sequence';

/**
 * The sync sequence every area stamps its writes with (SYNC.md: the pull cursor). Below
 * every area because every area that writes a row a device pulls takes a value here.
 */
export const sequenceRepo = {
	/** Advances the global change counter; every write transaction takes one value. */
	nextSeq(db: DbOrTx): number {
		const row = db
			.update(changeSeq)
			.set({ value: sql`${changeSeq.value} + 1` })
			.where(eq(changeSeq.id, 1))
			.returning({ value: changeSeq.value })
			.get();
		if (!row) {
			throw new Error('change_seq row missing: the database was not migrated');
		}
		return row.value;
	},
	currentSeq(db: DbOrTx): number {
		return db.select().from(changeSeq).where(eq(changeSeq.id, 1)).get()?.value ?? 0;
	},
	dbEpoch(db: DbOrTx): string {
		const row = db.select().from(serverMeta).where(eq(serverMeta.key, 'db_epoch')).get();
		if (!row) {
			throw new Error('db_epoch missing: the database was not migrated');
		}
		return row.value;
	}
};
