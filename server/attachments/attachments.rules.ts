import {
	PREFERRED_CHUNK_BYTES,
	SNIFF_BYTES,
	type AttachmentProblem
} from '../../src/lib/domain/attachments';

/** The rejection code of a mutation refused for this reason (shown as `rejection.<code>`). */
export function rejectionCode(problem: AttachmentProblem): string {
	switch (problem.code) {
		case 'attachment.empty':
			return 'ATTACHMENT_EMPTY';
		case 'attachment.tooLarge':
			return 'ATTACHMENT_TOO_LARGE';
		case 'attachment.mismatch':
			return 'ATTACHMENT_MISMATCH';
		case 'attachment.unrecognised':
		case 'attachment.kindNotAllowed':
			return 'ATTACHMENT_TYPE';
	}
}

/**
 * A byte count as adapter-node's BODY_SIZE_LIMIT writes it ("512K", "1M", "Infinity", or
 * bytes); its default when unset. Chunks must fit under it or the adapter refuses them
 * before our code runs.
 */
export function parseBodySizeLimit(value: string | undefined): number {
	const text = (value ?? '512K').trim();
	if (text === 'Infinity' || text === '0') {
		return Infinity;
	}
	const match = /^(\d+)([KMG]?)$/i.exec(text);
	if (!match) {
		return 512 * 1024;
	}
	const scale = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[
		(match[2] ?? '').toUpperCase() as '' | 'K' | 'M' | 'G'
	];
	return Number(match[1]) * scale;
}

/** The chunk size we ask clients for: 1 MiB, or less if the body limit is lower. */
export function chunkSizeFor(bodySizeLimit: number): number {
	return Math.max(SNIFF_BYTES, Math.min(PREFERRED_CHUNK_BYTES, bodySizeLimit));
}

/** A non-negative integer header value, or null. */
export function parseOffset(value: string | null): number | null {
	if (value === null || !/^\d{1,15}$/.test(value.trim())) {
		return null;
	}
	return Number(value.trim());
}

export type ChunkVerdict =
	| { kind: 'append'; completes: boolean }
	| { kind: 'conflict'; offset: number }
	| { kind: 'tooLarge' };

/**
 * tus semantics: a chunk is taken only at the offset the server has reached, and never
 * past the declared size.
 */
export function judgeChunk(
	blob: { size: number; receivedBytes: number },
	offset: number,
	length: number
): ChunkVerdict {
	if (offset !== blob.receivedBytes) {
		return { kind: 'conflict', offset: blob.receivedBytes };
	}
	if (offset + length > blob.size) {
		return { kind: 'tooLarge' };
	}
	return { kind: 'append', completes: offset + length === blob.size };
}

/** One of a person's own attachments of a content: what they claimed, whether they sent it. */
export interface OwnAttachment {
	size: number;
	mime: string;
	status: 'expected' | 'present';
}

/**
 * Whether a claim contradicts what this same person already attached of this content. Only
 * their own files count: another person's claim or upload must never decide an answer,
 * or the answer would tell that someone else has the file.
 */
export function contradictsOwn(
	own: readonly OwnAttachment[],
	claim: { size: number; mime: string }
): boolean {
	return own.some((file) => file.size !== claim.size || file.mime !== claim.mime);
}

/**
 * A new attachment is present at once only if this person already sent (and we verified)
 * these bytes; otherwise they must send them, whoever else did (proof of possession).
 */
export function statusOnAdd(own: readonly OwnAttachment[]): 'expected' | 'present' {
	return own.some((file) => file.status === 'present') ? 'present' : 'expected';
}
