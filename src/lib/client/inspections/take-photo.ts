import { SNIFF_BYTES, sniffKind } from '../../domain/attachments';
import { uuidv7 } from '../../domain/ids';
import {
	MAX_PHOTO_BYTES,
	MAX_PHOTOS,
	type DevicePosition,
	type InspectionPhoto
} from '../../domain/inspection';
import { isQuotaError } from '../attachments/add-file';
import { downscaleImage } from '../attachments/downscale';
import { sha256Hex } from '../attachments/sha256';
import type { KopaDb } from '../db';

/**
 * Photos from the camera for an inspection: checked by their content, made smaller, kept
 * on the device with when and where they were taken, and listed on the draft. A file that
 * is not a photo gets a message naming it; the other files of the same pick and everything
 * on the form stay.
 */

/** Longer side of an inspection photo: a sign's text stays legible, the upload stays small. */
export const PHOTO_MAX_SIDE = 1600;
const JPEG_QUALITY = 0.85;

export type PhotoProblem = {
	key:
		| 'inspection.form.photo.notPhoto'
		| 'inspection.form.photo.tooLarge'
		| 'inspection.form.photo.tooMany'
		| 'inspection.form.photo.unreadable'
		| 'inspection.form.photo.duplicate'
		| 'inspection.form.photo.quota';
	params: Record<string, string | number>;
};

export type TakePhotosResult = { added: InspectionPhoto[]; problems: PhotoProblem[] };

export interface TakePhotoOptions {
	/** The last position measured on the form, stored with each photo. */
	position: DevicePosition | null;
	now?: () => number;
	/** Makes the kept copy (tests pass their own; the browser's canvas by default). */
	shrink?: (file: Blob, kind: PhotoKind) => Promise<Blob | null>;
}

export type PhotoKind = 'jpeg' | 'png' | 'heic';

/** What the first bytes say, if it is a photo kind we can take; PDFs and the rest are not. */
export function photoKind(head: Uint8Array): PhotoKind | null {
	const kind = sniffKind(head);
	return kind === 'jpeg' || kind === 'png' || kind === 'heic' ? kind : null;
}

/**
 * The copy to keep: a JPEG/PNG downscaled as it is; a HEIC (iPhones) re-encoded as JPEG
 * when this browser can decode it, or null when it cannot (the inspector is told then).
 */
export async function shrinkPhoto(file: Blob, kind: PhotoKind): Promise<Blob | null> {
	if (kind !== 'heic') {
		return downscaleImage(file, kind, PHOTO_MAX_SIDE);
	}
	if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') {
		return null;
	}
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		return null;
	}
	try {
		const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
		const canvas = new OffscreenCanvas(
			Math.max(1, Math.round(bitmap.width * scale)),
			Math.max(1, Math.round(bitmap.height * scale))
		);
		const context = canvas.getContext('2d');
		if (!context) {
			return null;
		}
		context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
		return await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
	} catch {
		return null;
	} finally {
		bitmap.close();
	}
}

/** The kept copy's type: what its own bytes say (a HEIC came back a JPEG). */
async function keptMime(blob: Blob): Promise<'image/jpeg' | 'image/png' | null> {
	const kind = sniffKind(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
	return kind === 'jpeg' ? 'image/jpeg' : kind === 'png' ? 'image/png' : null;
}

type Prepared = { photo: InspectionPhoto; blob: Blob; filename: string };

async function prepare(
	file: File,
	options: TakePhotoOptions
): Promise<{ ok: true; prepared: Prepared } | { ok: false; problem: PhotoProblem }> {
	const name = file.name || 'foto';
	const notPhoto: PhotoProblem = { key: 'inspection.form.photo.notPhoto', params: { name } };
	let head: Uint8Array;
	try {
		head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	} catch {
		return { ok: false, problem: { key: 'inspection.form.photo.unreadable', params: { name } } };
	}
	const kind = photoKind(head);
	if (!kind) {
		return { ok: false, problem: notPhoto };
	}
	let smaller: Blob | null;
	try {
		smaller = await (options.shrink ?? shrinkPhoto)(file, kind);
	} catch {
		smaller = null;
	}
	// A plain Blob, not the picked File: some browsers store a File as a reference to it.
	const blob = smaller ? new Blob([smaller], { type: smaller.type }) : null;
	const mime = blob ? await keptMime(blob) : null;
	if (!blob || !mime) {
		// A HEIC this browser cannot decode is, for this form, not a photo it can send.
		return { ok: false, problem: notPhoto };
	}
	if (blob.size > MAX_PHOTO_BYTES) {
		return {
			ok: false,
			problem: {
				key: 'inspection.form.photo.tooLarge',
				params: { name, maxMb: MAX_PHOTO_BYTES / 1024 / 1024 }
			}
		};
	}
	const typed = new Blob([blob], { type: mime });
	const photo: InspectionPhoto = {
		photoId: uuidv7(),
		sha256: await sha256Hex(typed),
		mime,
		size: typed.size,
		takenAt: options.now?.() ?? Date.now(),
		position: options.position
	};
	return { ok: true, prepared: { photo, blob: typed, filename: name } };
}

/**
 * Adds photos to a draft. Each photo's bytes, its attachment row and its place on the draft
 * are written in one transaction over all tables, so a full disk leaves no half-kept photo.
 */
export async function takePhotos(
	db: KopaDb,
	draftId: string,
	files: readonly File[],
	options: TakePhotoOptions
): Promise<TakePhotosResult> {
	const result: TakePhotosResult = { added: [], problems: [] };
	for (const file of files) {
		const prepared = await prepare(file, options);
		if (!prepared.ok) {
			result.problems.push(prepared.problem);
			continue;
		}
		const { photo, blob, filename } = prepared.prepared;
		let outcome: 'added' | PhotoProblem['key'];
		try {
			outcome = await db.transaction('rw', db.tables, async () => {
				const draft = await db.inspectionDrafts.get(draftId);
				if (!draft || draft.sentAt !== null) {
					return 'inspection.form.photo.unreadable';
				}
				if (draft.photos.length >= MAX_PHOTOS) {
					return 'inspection.form.photo.tooMany';
				}
				if (draft.photos.some((p) => p.sha256 === photo.sha256)) {
					return 'inspection.form.photo.duplicate';
				}
				// The same bytes kept for another record stay as they are (upload state too).
				if (!(await db.blobs.get(photo.sha256))) {
					await db.blobs.add({
						sha256: photo.sha256,
						blob,
						size: photo.size,
						mime: photo.mime,
						state: 'local',
						offset: 0
					});
				}
				await db.attachments.add({
					id: photo.photoId,
					recordId: draftId,
					sha256: photo.sha256,
					filename,
					mime: photo.mime,
					size: photo.size,
					createdAt: photo.takenAt
				});
				await db.inspectionDrafts.update(draftId, {
					photos: [...draft.photos, photo],
					updatedAt: photo.takenAt
				});
				return 'added' as const;
			});
		} catch (error) {
			if (!isQuotaError(error)) {
				throw error;
			}
			outcome = 'inspection.form.photo.quota';
		}
		if (outcome === 'added') {
			result.added.push(photo);
		} else {
			result.problems.push({ key: outcome, params: { name: filename, max: MAX_PHOTOS } });
			if (
				outcome === 'inspection.form.photo.tooMany' ||
				outcome === 'inspection.form.photo.quota'
			) {
				break;
			}
		}
	}
	return result;
}

/**
 * Takes a photo off a draft not yet sent: off the list, its attachment row gone, and its
 * bytes too when nothing else on the device refers to them and they were never sent.
 */
export async function removePhoto(db: KopaDb, draftId: string, photoId: string): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		const draft = await db.inspectionDrafts.get(draftId);
		const photo = draft?.photos.find((p) => p.photoId === photoId);
		if (!draft || !photo || draft.sentAt !== null) {
			return;
		}
		await db.inspectionDrafts.update(draftId, {
			photos: draft.photos.filter((p) => p.photoId !== photoId),
			updatedAt: Date.now()
		});
		await db.attachments.delete(photoId);
		const others = await db.attachments.where('sha256').equals(photo.sha256).count();
		const blob = await db.blobs.get(photo.sha256);
		if (others === 0 && blob?.state === 'local') {
			await db.blobs.delete(photo.sha256);
		}
	});
}
