import { addFile, type AddFileProblem, type AttachTarget } from '$lib/client/attachments/add-file';
import type { SyncEngine } from '$lib/client/sync-engine';
import { SNIFF_BYTES, sniffKind, type AttachmentKind } from '$lib/domain/attachments';

export const KIND_NAMES: Record<AttachmentKind, string> = {
	pdf: 'PDF',
	jpeg: 'JPG',
	png: 'PNG',
	heic: 'HEIC'
};

/** A refused file in words, with the catalogue's attachment texts. */
export function describeFileProblem(problem: AddFileProblem, t: Translate): string {
	switch (problem.code) {
		case 'attachment.tooLarge':
			return t(problem.code, { maxMb: problem.maxMb });
		case 'attachment.mismatch':
			return t(problem.code, {
				claimed: KIND_NAMES[problem.claimed],
				actual: KIND_NAMES[problem.actual]
			});
		case 'attachment.kindNotAllowed':
			return t(problem.code, { kind: KIND_NAMES[problem.kind] });
		default:
			return t(problem.code);
	}
}

/**
 * A field may take fewer kinds than its service (a design sketch: PDF or image; a consent
 * letter: PDF only). Judged by content, like the service-wide check that follows.
 */
export async function fieldRefuses(
	file: File,
	accept: readonly AttachmentKind[] | undefined
): Promise<AddFileProblem | null> {
	if (!accept || accept.length === 0) {
		return null;
	}
	const kind = sniffKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
	return kind && !accept.includes(kind) ? { code: 'attachment.kindNotAllowed', kind } : null;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Keeps chosen files on the device for one field (attachments.add, uploaded later), up to
 * `room` of them. Stops at the first refusal and says why; the ones before it are kept.
 */
export async function addFieldFiles(
	engine: SyncEngine,
	target: AttachTarget,
	files: readonly File[],
	accept: readonly AttachmentKind[] | undefined,
	room: number,
	t: Translate
): Promise<{ added: string[]; problem: string | null }> {
	const added: string[] = [];
	try {
		for (const file of files.slice(0, room)) {
			const refusal = await fieldRefuses(file, accept);
			const result = refusal
				? ({ ok: false, problem: refusal } as const)
				: await addFile(engine, target, file);
			if (!result.ok) {
				return { added, problem: `${file.name}: ${describeFileProblem(result.problem, t)}` };
			}
			added.push(result.attachmentId);
		}
	} catch {
		return { added, problem: t('attachment.unreadable') };
	}
	return { added, problem: null };
}
