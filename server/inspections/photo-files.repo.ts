import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { inspectionPhoto } from '../db/schema/inspection';

/** The photos an inspector took of one content: their files, for proof of possession. */
export const photoFilesRepo = {
	/** Oldest first (the order the possession check reads a person's files in). */
	takenBy(db: DbOrTx, personId: string, sha256: string) {
		return db
			.select({
				size: inspectionPhoto.size,
				mime: inspectionPhoto.mime,
				status: inspectionPhoto.status
			})
			.from(inspectionPhoto)
			.where(and(eq(inspectionPhoto.takenBy, personId), eq(inspectionPhoto.sha256, sha256)))
			.orderBy(asc(inspectionPhoto.createdAt), asc(inspectionPhoto.id))
			.all();
	},
	/** Their expected photos of this content are present: they sent (and we checked) its bytes. */
	markPresent(db: DbOrTx, personId: string, sha256: string) {
		db.update(inspectionPhoto)
			.set({ status: 'present' })
			.where(
				and(
					eq(inspectionPhoto.takenBy, personId),
					eq(inspectionPhoto.sha256, sha256),
					eq(inspectionPhoto.status, 'expected')
				)
			)
			.run();
	}
};
