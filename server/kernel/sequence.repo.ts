import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { changeSeq, serverMeta } from '../db/schema/sequence';
import { statementsOn } from './statements';

const STATEMENTS = Symbol('sequence statements');

const statements = (db: DbOrTx) =>
	statementsOn(db, STATEMENTS, (sqlite) => ({
		advance: sqlite.prepare<[number], { value: number }>(
			'UPDATE change_seq SET value = value + ? WHERE id = 1 RETURNING value'
		)
	}));

/**
 * The sync sequence every area stamps its writes with (SYNC.md: the pull cursor). Below
 * every area because every area that writes a row a device pulls takes a value here.
 */
export const sequenceRepo = {
	/** Advances the global change counter; every write transaction takes one value. */
	nextSeq(db: DbOrTx): number {
		return sequenceRepo.reserve(db, 1);
	},
	/**
	 * Takes `count` values at once and returns the first; the caller owns first … first +
	 * count - 1. Values it does not use stay unused: the pull cursor needs each row's value
	 * unique and written in the transaction that took it, not the values gap-free
	 * (docs/decisions/0013-push-at-the-disk-s-pace.md).
	 */
	reserve(db: DbOrTx, count: number): number {
		const row = statements(db).advance.get(count);
		if (!row) {
			throw new Error('change_seq row missing: the database was not migrated');
		}
		return row.value - count + 1;
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
