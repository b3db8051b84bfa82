import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { mutationResult, syncClient } from '../db/schema/sync';

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
	}
};
