import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { attachment, blob, blobUpload } from '../db/schema/attachment';
import { inspectionPhoto } from '../db/schema/inspection';
import { ownOrMadeAsDelegate } from '../applications/applications.repo';

export type BlobRow = typeof blob.$inferSelect;
export type BlobUploadRow = typeof blobUpload.$inferSelect;
export type AttachmentRow = typeof attachment.$inferSelect;

/** The ids of a person's applications: whose attachments are theirs. */
const applicationsOf = (db: DbOrTx, applicantId: string) =>
	db
		.select({ id: application.id })
		.from(application)
		// Also those made for a grantor under a power of attorney: the delegate sends their
		// files, and may finish an upload in another session (it reaches no application).
		.where(ownOrMadeAsDelegate(applicantId));

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
	 * This person's attachments of this content, and the inspection photos they took of it:
	 * they sent (and we checked) its bytes.
	 */
	markPresent(db: DbOrTx, applicantId: string, sha256: string) {
		db.update(inspectionPhoto)
			.set({ status: 'present' })
			.where(
				and(
					eq(inspectionPhoto.takenBy, applicantId),
					eq(inspectionPhoto.sha256, sha256),
					eq(inspectionPhoto.status, 'expected')
				)
			)
			.run();
		db.update(attachment)
			.set({ status: 'present' })
			.where(
				and(
					eq(attachment.sha256, sha256),
					eq(attachment.status, 'expected'),
					inArray(attachment.applicationId, applicationsOf(db, applicantId))
				)
			)
			.run();
	},
	insertAttachment(db: DbOrTx, row: AttachmentRow) {
		db.insert(attachment).values(row).run();
	},
	/**
	 * The person's own files of a content (what they claimed, what they sent): attachments of
	 * their applications, then the inspection photos they took.
	 */
	listAttachedBy(db: DbOrTx, applicantId: string, sha256: string) {
		const photos = db
			.select({
				size: inspectionPhoto.size,
				mime: inspectionPhoto.mime,
				status: inspectionPhoto.status
			})
			.from(inspectionPhoto)
			.where(and(eq(inspectionPhoto.takenBy, applicantId), eq(inspectionPhoto.sha256, sha256)))
			.orderBy(asc(inspectionPhoto.createdAt), asc(inspectionPhoto.id))
			.all();
		return [...this.listOwnAttachments(db, applicantId, sha256), ...photos];
	},
	listOwnAttachments(db: DbOrTx, applicantId: string, sha256: string) {
		return db
			.select({ size: attachment.size, mime: attachment.mime, status: attachment.status })
			.from(attachment)
			.where(
				and(
					eq(attachment.sha256, sha256),
					inArray(attachment.applicationId, applicationsOf(db, applicantId))
				)
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
