import { kindFromMime, kindFromName, type AttachmentKind } from './attachments';
import { hasControlCharacters } from './names';

/** The extension a file of each kind is stored and served under. */
const EXTENSION: Readonly<Record<AttachmentKind, string>> = {
	pdf: 'pdf',
	jpeg: 'jpg',
	png: 'png',
	heic: 'heic'
};

/** A last extension worth replacing: a dot, then 1–8 letters or digits (`.html`, `.exe`). */
const LAST_EXTENSION = /\.[\p{L}\p{N}]{1,8}$/u;

/**
 * The name a file is kept and shown under: the name the person gave, its extension made to
 * say what the bytes are. `x.html` holding a PDF becomes `x.pdf`, `scan` becomes `scan.pdf`;
 * `photo.JPEG` of a JPEG stays as it is. Invisible control and direction characters are
 * dropped (`invoice\u202Efdp.pdf` would show as `invoicepdf.pdf`…), and an empty result
 * becomes `file`.
 */
export function nameForKind(filename: string, kind: AttachmentKind): string {
	const visible = [...filename]
		.filter((ch) => !hasControlCharacters(ch))
		.join('')
		.trim();
	if (kindFromName(visible) === kind) {
		return visible;
	}
	const stem = visible.replace(LAST_EXTENSION, '').replace(/[.\s]+$/u, '') || 'file';
	return `${stem}.${EXTENSION[kind]}`;
}

/**
 * The name to show or serve for a stored file of this media type. Names stored before names
 * followed the content (`x.html` holding a PDF) are corrected when read, so no list, page or
 * download shows them.
 */
export function shownFileName(filename: string, mime: string): string {
	const kind = kindFromMime(mime);
	return kind ? nameForKind(filename, kind) : filename;
}
