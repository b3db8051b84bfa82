import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { changeSeq, mutationResult, serverMeta, syncClient } from '../db/schema/index';

export type MutationResultRow = typeof mutationResult.$inferSelect;

export const syncRepo = {
	findClient(db: DbOrTx, clientId: string) {
		return db.select().from(syncClient).where(eq(syncClient.clientId, clientId)).get() ?? null;
	},
	insertClient(db: DbOrTx, clientId: string, personId: string, now: number) {
		db.insert(syncClient)
			.values({ clientId, personId, lastMutationId: 0, createdAt: now, lastSeenAt: now })
			.run();
	},
	setLastMutationId(db: DbOrTx, clientId: string, lastMutationId: number, now: number) {
		db.update(syncClient)
			.set({ lastMutationId, lastSeenAt: now })
			.where(eq(syncClient.clientId, clientId))
			.run();
	},
	findResult(db: DbOrTx, clientId: string, mutationId: number) {
		return (
			db
				.select()
				.from(mutationResult)
				.where(
					and(eq(mutationResult.clientId, clientId), eq(mutationResult.mutationId, mutationId))
				)
				.get() ?? null
		);
	},
	insertResult(db: DbOrTx, row: MutationResultRow) {
		db.insert(mutationResult).values(row).run();
	},
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
