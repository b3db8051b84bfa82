import {
	checkContent,
	checkSize,
	KIND_MIME,
	SNIFF_BYTES,
	type AttachmentAddArgs,
	type AttachmentKind,
	type AttachmentProblem
} from '../../domain/attachments';
import { uuidv7 } from '../../domain/ids';
import { attachmentLimitsFor } from '../../services/attachment-limits';
import type { SyncEngine } from '../sync-engine';
import { downscaleImage } from './downscale';
import { sha256Hex } from './sha256';
import { nameForKind } from '../../domain/file-names';

export type AddFileProblem =
	AttachmentProblem | { code: 'attachment.quota' } | { code: 'attachment.unreadable' };

export type AddFileResult =
	{ ok: true; attachmentId: string; sha256: string } | { ok: false; problem: AddFileProblem };

export interface AttachTarget {
	recordId: string;
	municipalityId: string;
	service: string;
}

export interface AddFileOptions {
	downscale?: (file: Blob, kind: AttachmentKind) => Promise<Blob>;
	now?: () => number;
}

/**
 * Keeps a chosen or photographed file on the device and queues `attachment.add` (SYNC.md
 * §1.7 step 1). The file is checked by its content first; the blob, the attachment row and
 * the mutation are written in one transaction, so a full disk leaves nothing half-saved:
 * no mutation without its bytes, no bytes without their mutation.
 */
export async function addFile(
	engine: SyncEngine,
	target: AttachTarget,
	file: File,
	options: AddFileOptions = {}
): Promise<AddFileResult> {
	const limits = attachmentLimitsFor(target.service);
	let head: Uint8Array;
	try {
		head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	} catch {
		return { ok: false, problem: { code: 'attachment.unreadable' } };
	}
	const content = checkContent({ head, filename: file.name, declaredMime: file.type }, limits);
	if (!content.ok) {
		return { ok: false, problem: content.problem };
	}
	const mime = KIND_MIME[content.kind];
	// Only photos can shrink: anything else too large is refused before it is read whole.
	const early =
		content.kind === 'jpeg' || content.kind === 'png' ? null : checkSize(file.size, limits);
	if (early) {
		return { ok: false, problem: early };
	}
	let blob: Blob;
	let sha256: string;
	try {
		const smaller = await (options.downscale ?? downscaleImage)(file, content.kind);
		// Keep a plain Blob, not the File from <input> (SYNC.md §1.2): some browsers store a
		// File as a reference to the picked file, which can vanish.
		blob = new Blob([smaller], { type: mime });
		sha256 = await sha256Hex(blob);
	} catch {
		return { ok: false, problem: { code: 'attachment.unreadable' } };
	}
	const sizeProblem = checkSize(blob.size, limits);
	if (sizeProblem) {
		return { ok: false, problem: sizeProblem };
	}
	const attachmentId = uuidv7();
	const args: AttachmentAddArgs = {
		attachmentId,
		recordId: target.recordId,
		municipalityId: target.municipalityId,
		sha256,
		size: blob.size,
		mime,
		filename: cleanFilename(file.name, content.kind)
	};
	const { db } = engine;
	try {
		// All tables: the engine's own transaction nests inside this one whatever it touches.
		await db.transaction('rw', db.tables, async () => {
			// The same content twice is stored once; its upload state stays as it is.
			if (!(await db.blobs.get(sha256))) {
				await db.blobs.add({ sha256, blob, size: blob.size, mime, state: 'local', offset: 0 });
			}
			await db.attachments.add({
				id: attachmentId,
				recordId: target.recordId,
				sha256,
				filename: args.filename,
				mime,
				size: blob.size,
				createdAt: options.now?.() ?? Date.now()
			});
			await engine.mutate('attachment.add', args, target.recordId);
		});
	} catch (error) {
		if (isQuotaError(error)) {
			return { ok: false, problem: { code: 'attachment.quota' } };
		}
		throw error;
	}
	return { ok: true, attachmentId, sha256 };
}

/** A name the server accepts: no path or control characters, within 255 characters. */
export function cleanFilename(name: string, kind: AttachmentKind): string {
	// eslint-disable-next-line no-control-regex -- control characters are what is removed
	const cleaned = name.replace(/[/\\\u0000-\u001f\u007f]/g, '_').trim();
	// Named for what the bytes are (x.html holding a PDF is x.pdf), as the server keeps it.
	return nameForKind(cleaned, kind).slice(-255);
}

/** IndexedDB reports a full disk as QuotaExceededError, which Dexie may wrap (`inner`). */
export function isQuotaError(error: unknown, depth = 0): boolean {
	if (typeof error !== 'object' || error === null || depth > 4) {
		return false;
	}
	const { name, inner } = error as { name?: unknown; inner?: unknown };
	return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1);
}
