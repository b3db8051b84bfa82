import type { ClientSession } from '../client-session.svelte';
import type { AttachmentRow, BlobRow, KopaDb } from '../db';
import { Live } from '../live.svelte';

/**
 * Files kept on this device (blobs by SHA-256, attachments by record). Readers for pages and
 * components; writing goes through attachments/add-file.ts and the sync engine.
 */

/** The bytes kept for this content, if the device has them. */
export async function blobOf(db: KopaDb, sha256: string): Promise<Blob | null> {
	return (await db.blobs.get(sha256))?.blob ?? null;
}

/** How many of these files the server has verified (their blobs are 'uploaded'). */
export function liveUploadedCount(db: () => KopaDb, hashes: () => string[]): Live<number> {
	return new Live(
		async () => {
			const rows = await db().blobs.bulkGet(hashes());
			return rows.filter((row) => row?.state === 'uploaded').length;
		},
		() => hashes().join()
	);
}

/** The attachments of a record, as they were added on this device. */
export function attachmentsOf(db: KopaDb, recordId: string): Promise<AttachmentRow[]> {
	return db.attachments.where('recordId').equals(recordId).toArray();
}

/** These attachments (those the device holds), in the order asked. */
export async function attachmentsByIds(
	db: KopaDb,
	ids: readonly string[]
): Promise<AttachmentRow[]> {
	return (await db.attachments.bulkGet([...ids])).filter((row) => row !== undefined);
}

/** A field's files with where their bytes are: on the device, being sent, received. */
export type FieldFile = AttachmentRow & { state: BlobRow['state'] };

export function liveFieldFiles(dbOf: () => KopaDb | null, ids: () => string[]): Live<FieldFile[]> {
	return new Live(
		async () => {
			const db = dbOf();
			if (!db) {
				return [];
			}
			const rows = await attachmentsByIds(db, ids());
			const blobs = await db.blobs.bulkGet(rows.map((row) => row.sha256));
			return rows.map((row, i) => ({ ...row, state: blobs[i]?.state ?? 'local' }));
		},
		() => [dbOf(), ids().join()]
	);
}

/** The names of a record's files on this device, by attachment id. */
export function liveFilenames(
	session: ClientSession,
	recordId: () => string
): Live<Map<string, string>> {
	return new Live(
		async () => {
			const rows = session.db ? await attachmentsOf(session.db, recordId()) : [];
			return new Map(rows.map((row) => [row.id, row.filename]));
		},
		() => [session.db, recordId()]
	);
}
