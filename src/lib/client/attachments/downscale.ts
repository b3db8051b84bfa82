import { KIND_MIME, type AttachmentKind } from '../../domain/attachments';

/** Longer side of a photo after downscaling: enough to read a document, far fewer bytes. */
export const MAX_PHOTO_SIDE = 2000;
const JPEG_QUALITY = 0.85;

/**
 * A smaller copy of a JPEG or PNG photo, so a 12-megapixel picture does not cost a poor
 * connection 5 MB. The original is kept whenever making a copy is not possible or not
 * worth it: another kind, a picture the browser cannot decode, one already small, or a
 * copy that came out no smaller.
 */
export async function downscaleImage(
	file: Blob,
	kind: AttachmentKind,
	maxSide = MAX_PHOTO_SIDE
): Promise<Blob> {
	if ((kind !== 'jpeg' && kind !== 'png') || typeof createImageBitmap !== 'function') {
		return file;
	}
	let bitmap: ImageBitmap;
	try {
		// 'from-image' applies the EXIF rotation, so the copy stands the way it was taken.
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		return file;
	}
	try {
		const scale = maxSide / Math.max(bitmap.width, bitmap.height);
		if (!(scale < 1)) {
			return file;
		}
		const width = Math.max(1, Math.round(bitmap.width * scale));
		const height = Math.max(1, Math.round(bitmap.height * scale));
		const copy = await drawScaled(bitmap, width, height, KIND_MIME[kind]);
		return copy && copy.size > 0 && copy.size < file.size ? copy : file;
	} catch {
		return file;
	} finally {
		bitmap.close();
	}
}

async function drawScaled(
	bitmap: ImageBitmap,
	width: number,
	height: number,
	type: string
): Promise<Blob | null> {
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		const context = canvas.getContext('2d');
		if (!context) {
			return null;
		}
		context.drawImage(bitmap, 0, 0, width, height);
		return canvas.convertToBlob({ type, quality: JPEG_QUALITY });
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) {
		return null;
	}
	context.drawImage(bitmap, 0, 0, width, height);
	return new Promise((resolve) => canvas.toBlob(resolve, type, JPEG_QUALITY));
}
