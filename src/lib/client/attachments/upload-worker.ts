import { zAttachmentMime } from '../../domain/attachments';
import type { BlobRow, KopaDb, OutboxRow } from '../db';
import { isMutation } from '../mutation-traits';
import type { LockRunner } from '../sync-engine';
import type { UploadTransport } from './upload-transport';

export type ProgressListener = (sha256: string, sent: number, total: number) => void;
export type RefusalListener = (sha256: string, code: string) => void;

/** A 409 more often than this in a row means someone else is sending it: try later. */
const MAX_CONFLICTS_IN_A_ROW = 3;

const runUnlocked: LockRunner = (fn) => fn();

/** Whether the change tells the server to expect a file's bytes from this person. */
function expectsFile(row: OutboxRow): row is OutboxRow<'attachment.add' | 'inspection.photo'> {
	return isMutation(row, 'attachment.add') || isMutation(row, 'inspection.photo');
}

/**
 * Sends files kept on the device to the server (SYNC.md §1.7 step 2): one at a time
 * (sequential is more robust on poor links), each in chunks from the offset the server
 * reports, so a dropped connection costs at most one chunk. A file is sent only once the
 * server knows it is expected, and it is never deleted here: the local copy stays after
 * the server has verified it.
 */
export class BlobUploader {
	private running: Promise<void> | null = null;
	private again = false;
	/** Files the server refused (e.g. not the promised bytes): not retried in this session. */
	readonly refused = new Map<string, string>();

	constructor(
		readonly db: KopaDb,
		private readonly transport: UploadTransport,
		private readonly options: {
			withLock?: LockRunner;
			onProgress?: ProgressListener;
			onRefused?: RefusalListener;
		} = {}
	) {}

	/** Uploads everything waiting; a call during a run makes the run go round once more. */
	run(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = (async () => {
			try {
				do {
					this.again = false;
					await (this.options.withLock ?? runUnlocked)(() => this.uploadAll());
				} while (this.again);
			} finally {
				this.running = null;
			}
		})();
		return this.running;
	}

	private async uploadAll(): Promise<void> {
		const tried = new Set<string>();
		for (;;) {
			const next = await this.nextBlob(tried);
			if (!next) {
				return;
			}
			tried.add(next.sha256);
			await this.uploadOne(next);
		}
	}

	/** The next file to send: not sent, not refused, and its mutation already applied. */
	private async nextBlob(tried: ReadonlySet<string>): Promise<BlobRow | null> {
		const waiting = await this.db.blobs.where('state').anyOf('local', 'uploading').toArray();
		for (const row of waiting) {
			if (!tried.has(row.sha256) && !this.refused.has(row.sha256) && (await this.known(row))) {
				return row;
			}
		}
		return null;
	}

	/**
	 * Whether the server has been told to expect this content: an `attachment.add` (or an
	 * inspector's `inspection.photo`) of it is applied, or none is left in the outbox
	 * (confirmed and pulled). Until then the server would only answer "unknown".
	 */
	private async known(row: BlobRow): Promise<boolean> {
		const adds = await this.db.outbox
			.filter((r) => expectsFile(r) && r.args.sha256 === row.sha256)
			.toArray();
		return adds.length === 0 || adds.some((r) => r.status === 'applied');
	}

	private async uploadOne(row: BlobRow): Promise<void> {
		const { sha256, size } = row;
		const mime = zAttachmentMime.safeParse(row.mime);
		if (!mime.success) {
			this.refuse(sha256, 'UNSUPPORTED_TYPE');
			return;
		}
		const begin = await this.transport.begin({ sha256, size, mime: mime.data });
		if ('refused' in begin) {
			if (begin.refused === 'CONFLICT') {
				this.refuse(sha256, 'SIZE_MISMATCH');
			}
			// NOT_FOUND: the server does not expect it (yet); a later run asks again.
			return;
		}
		if (begin.complete) {
			await this.db.blobs.update(sha256, { state: 'uploaded', offset: size });
			this.options.onProgress?.(sha256, size, size);
			return;
		}
		let offset = begin.offset;
		let conflicts = 0;
		await this.db.blobs.update(sha256, { state: 'uploading', offset });
		this.options.onProgress?.(sha256, offset, size);
		while (offset < size) {
			const chunk = row.blob.slice(offset, offset + begin.chunkSize);
			const result = await this.transport.put(sha256, offset, chunk);
			if (result.status === 'refused') {
				this.refuse(sha256, result.code);
				return;
			}
			if (result.status === 'conflict') {
				conflicts += 1;
				if (conflicts > MAX_CONFLICTS_IN_A_ROW) {
					return;
				}
			} else {
				conflicts = 0;
			}
			offset = result.offset;
			// The last chunk's 204 means the server hashed the whole file and it matched.
			await this.db.blobs.update(sha256, {
				state: offset >= size ? 'uploaded' : 'uploading',
				offset
			});
			this.options.onProgress?.(sha256, offset, size);
		}
	}

	private refuse(sha256: string, code: string): void {
		this.refused.set(sha256, code);
		this.options.onRefused?.(sha256, code);
	}
}
