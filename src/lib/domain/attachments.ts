import { z } from 'zod';
import { zMunicipalityId } from './names';
import { zRecordId } from './sync';

/**
 * Files attached to applications (SYNC.md §1.7): what kinds are accepted, how big, and how
 * a file's kind is told from its content. Shared by the browser (checked before a file is
 * stored) and the server (checked again on the mutation and on the bytes), so both refuse
 * the same files with the same message keys.
 */

export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png', 'heic'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const KIND_MIME = {
	pdf: 'application/pdf',
	jpeg: 'image/jpeg',
	png: 'image/png',
	heic: 'image/heic'
} as const satisfies Record<AttachmentKind, string>;
export type AttachmentMime = (typeof KIND_MIME)[AttachmentKind];

const MIB = 1024 * 1024;

export interface AttachmentLimits {
	maxBytes: number;
	kinds: readonly AttachmentKind[];
	maxFiles: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
	maxBytes: 10 * MIB,
	kinds: ATTACHMENT_KINDS,
	maxFiles: 10
};

/** No service may allow more than this: the bound of the wire contracts. */
export const MAX_ATTACHMENT_BYTES = 50 * MIB;

/** How many leading bytes `sniffKind` needs to decide. */
export const SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, to));

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
	bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

// ISO-BMFF brands of HEIF images. `mif1`/`msf1` are generic: AVIF uses them too, so for
// those the compatible brands decide.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1']);

function sniffHeic(head: Uint8Array): boolean {
	if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') {
		return false;
	}
	const major = ascii(head, 8, 12);
	if (HEIC_BRANDS.has(major)) {
		return true;
	}
	if (!GENERIC_HEIF_BRANDS.has(major)) {
		return false;
	}
	const boxSize =
		((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
	const end = Math.min(boxSize, head.length);
	const compatible: string[] = [];
	for (let at = 16; at + 4 <= end; at += 4) {
		compatible.push(ascii(head, at, at + 4));
	}
	return compatible.some((brand) => HEIC_BRANDS.has(brand)) && !compatible.includes('avif');
}

/** The kind a file's first bytes say it is, whatever its name says; null if none we take. */
export function sniffKind(head: Uint8Array): AttachmentKind | null {
	if (startsWith(head, [0xff, 0xd8, 0xff])) {
		return 'jpeg';
	}
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
		return 'png';
	}
	// "%PDF-"
	if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
		return 'pdf';
	}
	return sniffHeic(head) ? 'heic' : null;
}

const EXTENSION_KIND: Readonly<Record<string, AttachmentKind>> = {
	pdf: 'pdf',
	jpg: 'jpeg',
	jpeg: 'jpeg',
	jpe: 'jpeg',
	png: 'png',
	heic: 'heic',
	heif: 'heic'
};

const MIME_KIND: Readonly<Record<string, AttachmentKind>> = {
	'application/pdf': 'pdf',
	'image/jpeg': 'jpeg',
	'image/jpg': 'jpeg',
	'image/pjpeg': 'jpeg',
	'image/png': 'png',
	'image/heic': 'heic',
	'image/heif': 'heic',
	'image/heic-sequence': 'heic',
	'image/heif-sequence': 'heic'
};

/** What a name's extension claims, if it claims one of our kinds. */
export function kindFromName(filename: string): AttachmentKind | null {
	const dot = filename.lastIndexOf('.');
	return dot < 0 ? null : (EXTENSION_KIND[filename.slice(dot + 1).toLowerCase()] ?? null);
}

/** What a declared media type claims, if it claims one of our kinds. */
export function kindFromMime(mime: string): AttachmentKind | null {
	return MIME_KIND[mime.toLowerCase().split(';')[0]?.trim() ?? ''] ?? null;
}

/** Message keys of the reasons a file is refused (src/lib/i18n), with their parameters. */
export type AttachmentProblem =
	| { code: 'attachment.empty' }
	| { code: 'attachment.tooLarge'; maxMb: number }
	| { code: 'attachment.unrecognised' }
	| { code: 'attachment.mismatch'; claimed: AttachmentKind; actual: AttachmentKind }
	| { code: 'attachment.kindNotAllowed'; kind: AttachmentKind };

export type ContentCheck =
	{ ok: true; kind: AttachmentKind } | { ok: false; problem: AttachmentProblem };

/**
 * Decides a file's kind from its content. A name or media type that claims another of our
 * kinds is a mismatch (a PDF renamed to .jpg, a text file named .jpg): refused, so what an
 * officer opens is what its name says.
 */
export function checkContent(
	input: { head: Uint8Array; filename: string; declaredMime: string },
	limits: AttachmentLimits
): ContentCheck {
	const kind = sniffKind(input.head);
	if (!kind) {
		return { ok: false, problem: { code: 'attachment.unrecognised' } };
	}
	const claimed = kindFromName(input.filename) ?? kindFromMime(input.declaredMime);
	if (claimed && claimed !== kind) {
		return { ok: false, problem: { code: 'attachment.mismatch', claimed, actual: kind } };
	}
	if (!limits.kinds.includes(kind)) {
		return { ok: false, problem: { code: 'attachment.kindNotAllowed', kind } };
	}
	return { ok: true, kind };
}

export function checkSize(size: number, limits: AttachmentLimits): AttachmentProblem | null {
	if (size <= 0) {
		return { code: 'attachment.empty' };
	}
	if (size > limits.maxBytes) {
		return { code: 'attachment.tooLarge', maxMb: Math.floor(limits.maxBytes / MIB) };
	}
	return null;
}

/**
 * The server's check of a declared file before any byte arrives: the declared type must be
 * allowed, the name must not claim another kind, and the size must fit. The bytes are
 * checked against the declared type when they come.
 */
export function checkDeclared(
	input: { size: number; mime: string; filename: string },
	limits: AttachmentLimits
): AttachmentProblem | null {
	const kind = kindFromMime(input.mime);
	if (!kind) {
		return { code: 'attachment.unrecognised' };
	}
	const claimed = kindFromName(input.filename);
	if (claimed && claimed !== kind) {
		return { code: 'attachment.mismatch', claimed, actual: kind };
	}
	if (!limits.kinds.includes(kind)) {
		return { code: 'attachment.kindNotAllowed', kind };
	}
	return checkSize(input.size, limits);
}

// ---- Wire contracts ----

export const zSha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256');
export const zAttachmentMime = z.enum(
	Object.values(KIND_MIME) as [AttachmentMime, ...AttachmentMime[]]
);
export const zAttachmentSize = z.number().int().positive().max(MAX_ATTACHMENT_BYTES);
// A name as shown to the officer: no path, no control characters.
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const FILENAME_PATTERN = /^[^/\\\u0000-\u001f\u007f]+$/;
export const zFilename = z.string().trim().min(1).max(255).regex(FILENAME_PATTERN);

/** Mutation `attachment.add`: the file is expected; its bytes follow separately. */
export const zAttachmentAddArgs = z.object({
	attachmentId: zRecordId,
	recordId: zRecordId,
	municipalityId: zMunicipalityId,
	sha256: zSha256,
	size: zAttachmentSize,
	mime: zAttachmentMime,
	filename: zFilename
});
export type AttachmentAddArgs = z.infer<typeof zAttachmentAddArgs>;

export const zBeginUploadInput = z.object({
	sha256: zSha256,
	size: zAttachmentSize,
	mime: zAttachmentMime
});
export type BeginUploadInput = z.infer<typeof zBeginUploadInput>;

/**
 * Either this person already sent the file, or where their own upload resumes. Never
 * whether someone else sent it: each person sends the bytes they attach.
 */
export const zBeginUploadOutput = z.discriminatedUnion('complete', [
	z.object({ complete: z.literal(true) }),
	z.object({
		complete: z.literal(false),
		offset: z.number().int().nonnegative(),
		chunkSize: z.number().int().positive()
	})
]);
export type BeginUploadOutput = z.infer<typeof zBeginUploadOutput>;

export const zAttachmentStatus = z.enum(['expected', 'present']);

export const zAttachmentSummary = z.object({
	id: z.string(),
	sha256: zSha256,
	filename: z.string(),
	mime: z.string(),
	size: z.number().int(),
	status: zAttachmentStatus,
	createdAt: z.number().int()
});
export type AttachmentSummary = z.infer<typeof zAttachmentSummary>;

/** "2 of 3 files received" (ODK attachmentsPresent / attachmentsExpected). */
export const zApplicationAttachments = z.object({
	present: z.number().int().nonnegative(),
	expected: z.number().int().nonnegative(),
	files: z.array(zAttachmentSummary)
});
export type ApplicationAttachments = z.infer<typeof zApplicationAttachments>;

// ---- Chunk upload over HTTP (tus-like) ----

export const UPLOAD_OFFSET_HEADER = 'Upload-Offset';
export const CHUNK_CONTENT_TYPE = 'application/offset+octet-stream';
/** The chunk size we aim for; the server may ask for less (its request body limit). */
export const PREFERRED_CHUNK_BYTES = MIB;
/** The largest chunk the server takes in one request. */
export const MAX_CHUNK_BYTES = 4 * MIB;

export const blobUrl = (sha256: string) => `/api/blob/${sha256}`;
