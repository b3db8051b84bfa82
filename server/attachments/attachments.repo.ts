import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application, attachment, blob } from '../db/schema/index';

export type BlobRow = typeof blob.$inferSelect;
export type AttachmentRow = typeof attachment.$inferSelect;

// Blobs are content, not tenant data: one row per SHA-256 whoever sent it. Attachments are
// tenant data and are reached through the municipality or the applicant.
export const attachmentsRepo = {
	findBlob(db: DbOrTx, sha256: string) {
		return db.select().from(blob).where(eq(blob.sha256, sha256)).get() ?? null;
	},
	insertBlob(db: DbOrTx, row: BlobRow) {
		db.insert(blob).values(row).run();
	},
	setReceived(db: DbOrTx, sha256: string, receivedBytes: number) {
		db.update(blob).set({ receivedBytes }).where(eq(blob.sha256, sha256)).run();
	},
	markBlobComplete(db: DbOrTx, sha256: string) {
		db.update(blob).set({ status: 'complete' }).where(eq(blob.sha256, sha256)).run();
	},
	/** Every attachment of this content, in any municipality: the bytes are now here. */
	markPresent(db: DbOrTx, sha256: string) {
		db.update(attachment)
			.set({ status: 'present' })
			.where(and(eq(attachment.sha256, sha256), eq(attachment.status, 'expected')))
			.run();
	},
	insertAttachment(db: DbOrTx, row: AttachmentRow) {
		db.insert(attachment).values(row).run();
	},
	countForApplication(db: DbOrTx, municipalityId: string, applicationId: string): number {
		const row = db
			.select({ n: count() })
			.from(attachment)
			.where(
				and(
					eq(attachment.municipalityId, municipalityId),
					eq(attachment.applicationId, applicationId)
				)
			)
			.get();
		return row?.n ?? 0;
	},
	listForApplication(db: DbOrTx, municipalityId: string, applicationId: string) {
		return db
			.select()
			.from(attachment)
			.where(
				and(
					eq(attachment.municipalityId, municipalityId),
					eq(attachment.applicationId, applicationId)
				)
			)
			.orderBy(asc(attachment.createdAt), asc(attachment.id))
			.all();
	},
	findInMunicipality(db: DbOrTx, municipalityId: string, id: string) {
		return (
			db
				.select()
				.from(attachment)
				.where(and(eq(attachment.id, id), eq(attachment.municipalityId, municipalityId)))
				.get() ?? null
		);
	},
	/** Whether this person attached this content to one of their own applications. */
	isAttachedBy(db: DbOrTx, applicantId: string, sha256: string): boolean {
		const row = db
			.select({ id: attachment.id })
			.from(attachment)
			.innerJoin(application, eq(application.id, attachment.applicationId))
			.where(and(eq(attachment.sha256, sha256), eq(application.applicantId, applicantId)))
			.limit(1)
			.get();
		return row !== undefined;
	}
};
