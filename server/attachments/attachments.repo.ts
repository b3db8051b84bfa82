import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { attachment, blob, blobUpload } from '../db/schema/attachment';

export type BlobRow = typeof blob.$inferSelect;
export type BlobUploadRow = typeof blobUpload.$inferSelect;
export type AttachmentRow = typeof attachment.$inferSelect;

// Blobs are content, not tenant data: one row per SHA-256 whoever sent it. Attachments are
// tenant data and are reached through the municipality or the applicant. Uploads belong to
// one person: nothing a person is told may depend on another person's upload.
export const attachmentsRepo = {
	findBlob(db: DbOrTx, sha256: string) {
		return db.select().from(blob).where(eq(blob.sha256, sha256)).get() ?? null;
	},
	/** The content's row, made on its first attachment by anyone; an existing one is kept. */
	ensureBlob(db: DbOrTx, row: BlobRow) {
		db.insert(blob).values(row).onConflictDoNothing().run();
	},
	/** The shared file now holds these verified bytes. */
	markBlobComplete(db: DbOrTx, sha256: string, verified: { size: number; mime: string }) {
		db.update(blob)
			.set({ ...verified, receivedBytes: verified.size, status: 'complete' })
			.where(eq(blob.sha256, sha256))
			.run();
	},

	findUpload(db: DbOrTx, personId: string, sha256: string) {
		return (
			db
				.select()
				.from(blobUpload)
				.where(and(eq(blobUpload.personId, personId), eq(blobUpload.sha256, sha256)))
				.get() ?? null
		);
	},
	insertUpload(db: DbOrTx, row: BlobUploadRow) {
		db.insert(blobUpload).values(row).run();
	},
	setUploadReceived(db: DbOrTx, personId: string, sha256: string, receivedBytes: number) {
		db.update(blobUpload)
			.set({ receivedBytes })
			.where(and(eq(blobUpload.personId, personId), eq(blobUpload.sha256, sha256)))
			.run();
	},
	deleteUpload(db: DbOrTx, personId: string, sha256: string) {
		db.delete(blobUpload)
			.where(and(eq(blobUpload.personId, personId), eq(blobUpload.sha256, sha256)))
			.run();
	},

	/**
	 * The expected attachments of this content on these applications (those whose files the
	 * person sends) are present: they sent (and we checked) its bytes.
	 */
	markPresent(db: DbOrTx, applicationIds: readonly string[], sha256: string) {
		if (applicationIds.length === 0) {
			return;
		}
		db.update(attachment)
			.set({ status: 'present' })
			.where(
				and(
					eq(attachment.sha256, sha256),
					eq(attachment.status, 'expected'),
					inArray(attachment.applicationId, [...applicationIds])
				)
			)
			.run();
	},
	insertAttachment(db: DbOrTx, row: AttachmentRow) {
		db.insert(attachment).values(row).run();
	},
	/** The attachments of this content on these applications (those whose files the person sends). */
	listOwnAttachments(db: DbOrTx, applicationIds: readonly string[], sha256: string) {
		if (applicationIds.length === 0) {
			return [];
		}
		return db
			.select({ size: attachment.size, mime: attachment.mime, status: attachment.status })
			.from(attachment)
			.where(
				and(eq(attachment.sha256, sha256), inArray(attachment.applicationId, [...applicationIds]))
			)
			.orderBy(asc(attachment.createdAt), asc(attachment.id))
			.all();
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
	}
};
