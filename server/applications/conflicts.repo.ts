import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { conflict } from '../db/schema/conflict';
import { reachable } from './applications.repo';
import type { Reach } from './reach';

export type ConflictRow = typeof conflict.$inferSelect;

export const conflictsRepo = {
	insert(db: DbOrTx, row: ConflictRow) {
		db.insert(conflict).values(row).run();
	},
	find(db: DbOrTx, municipalityId: string, applicationId: string, id: string) {
		return (
			db
				.select()
				.from(conflict)
				.where(
					and(
						eq(conflict.id, id),
						eq(conflict.municipalityId, municipalityId),
						eq(conflict.applicationId, applicationId)
					)
				)
				.get() ?? null
		);
	},
	listForApplication(db: DbOrTx, municipalityId: string, applicationId: string) {
		return db
			.select()
			.from(conflict)
			.where(
				and(eq(conflict.municipalityId, municipalityId), eq(conflict.applicationId, applicationId))
			)
			.orderBy(asc(conflict.createdAt))
			.all();
	},
	/** Conflicts on the applications a session reaches changed after `sinceSeq` (the pull). */
	changedForApplicant(db: DbOrTx, reach: Reach, sinceSeq: number) {
		return db
			.select({ conflict })
			.from(conflict)
			.innerJoin(application, eq(application.id, conflict.applicationId))
			.where(and(reachable(reach), gt(conflict.serverSeq, sinceSeq)))
			.orderBy(asc(conflict.serverSeq))
			.all()
			.map((r) => r.conflict);
	},
	resolve(
		db: DbOrTx,
		municipalityId: string,
		id: string,
		changes: Pick<ConflictRow, 'resolution' | 'resolvedBy' | 'resolvedAt' | 'serverSeq'>
	) {
		db.update(conflict)
			.set({ ...changes, status: 'resolved' })
			.where(and(eq(conflict.id, id), eq(conflict.municipalityId, municipalityId)))
			.run();
	}
};
