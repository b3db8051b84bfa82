import { blobUrl } from '../../domain/attachments';
import type { DesignFile, InspectionView } from '../../domain/inspection';
import type { KopaDb } from '../db';
import { sha256Hex } from '../attachments/sha256';

/**
 * "Make available offline" (issue 7 item 1): the design files of the inspector's open tasks
 * are fetched once, checked against the SHA-256 the task names and kept in the device's
 * `blobs` store, so the form can show the approved design at a site with no signal. The
 * task data itself is already on the device (the sync engine pulls it).
 */

/** What the list says of a task: every design file on the device, or how many are not. */
export interface Readiness {
	ready: boolean;
	total: number;
	/** Design files not yet on this device. */
	missing: DesignFile[];
}

/** Only open tasks are taken along; a done task's files are the office's business. */
export const isOpenTask = (view: InspectionView) => view.status === 'assigned';

/** Which of these hashes the device holds (keys only: the Blobs are not read). */
export async function hashesOnDevice(db: KopaDb, hashes: readonly string[]): Promise<Set<string>> {
	if (hashes.length === 0) {
		return new Set();
	}
	const held = await db.blobs
		.where('sha256')
		.anyOf([...new Set(hashes)])
		.primaryKeys();
	return new Set(held);
}

/** A task's readiness from the hashes the device holds (pure: the list computes many). */
export function readinessFrom(view: InspectionView, held: ReadonlySet<string>): Readiness {
	const missing = view.designFiles.filter((file) => !held.has(file.sha256));
	return { ready: missing.length === 0, total: view.designFiles.length, missing };
}

/** Is every design file of this task on the device? */
export async function readiness(db: KopaDb, view: InspectionView): Promise<Readiness> {
	const held = await hashesOnDevice(
		db,
		view.designFiles.map((file) => file.sha256)
	);
	return readinessFrom(view, held);
}

/** The files to fetch for these tasks: open tasks only, each content once, none already held. */
export function filesToFetch(
	views: readonly InspectionView[],
	held: ReadonlySet<string>
): DesignFile[] {
	const wanted = new Map<string, DesignFile>();
	for (const view of views.filter(isOpenTask)) {
		for (const file of view.designFiles) {
			if (!held.has(file.sha256) && !wanted.has(file.sha256)) {
				wanted.set(file.sha256, file);
			}
		}
	}
	return [...wanted.values()];
}

/** Why one file did not arrive; the others are fetched all the same. */
export type FailureReason =
	/** No connection (or it dropped mid-file). */
	| 'offline'
	/** The session ended: sign in again. */
	| 'signedOut'
	/** The server does not have it for this person (404, 403). */
	| 'notFound'
	/** The bytes are not the file the task names (hash or size differ). */
	| 'mismatch'
	/** The device has no room for it. */
	| 'storage'
	/** Any other answer of the server (a 5xx). */
	| 'server';

export interface FileFailure {
	file: DesignFile;
	reason: FailureReason;
}

export interface DownloadProgress {
	filesTotal: number;
	filesDone: number;
	bytesTotal: number;
	/** Bytes received so far (a failed file's bytes stay counted: they did arrive). */
	bytesDone: number;
	/** The file being fetched now. */
	current: DesignFile | null;
	failures: FileFailure[];
}

export interface DownloadOptions {
	/** Called after every chunk that arrives and after every file. */
	onProgress?: (progress: DownloadProgress) => void;
	/** Where `/api/blob/…` is (the page's origin in a browser; a test's server in Node). */
	baseUrl?: string;
	fetchImpl?: typeof fetch;
	signal?: AbortSignal;
}

/** The address of a design file: the inspector reaches it through the task's attachment. */
export function designFileUrl(file: DesignFile, baseUrl = ''): string {
	return `${baseUrl}${blobUrl(file.sha256)}?attachment=${encodeURIComponent(file.attachmentId)}`;
}

/**
 * Fetches every missing design file of the open tasks, one at a time (a poor link copes
 * better with one transfer), and reports progress per chunk. A file that fails is reported
 * and the next is tried. Returns the final progress (its `failures` say what is missing).
 */
export async function makeAvailableOffline(
	db: KopaDb,
	views: readonly InspectionView[],
	options: DownloadOptions = {}
): Promise<DownloadProgress> {
	const hashes = views.filter(isOpenTask).flatMap((v) => v.designFiles.map((f) => f.sha256));
	const files = filesToFetch(views, await hashesOnDevice(db, hashes));
	const progress: DownloadProgress = {
		filesTotal: files.length,
		filesDone: 0,
		bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
		bytesDone: 0,
		current: null,
		failures: []
	};
	const report = () => options.onProgress?.({ ...progress, failures: [...progress.failures] });
	report();
	for (const file of files) {
		if (options.signal?.aborted) {
			break;
		}
		progress.current = file;
		report();
		const reason = await fetchOne(db, file, options, (bytes) => {
			progress.bytesDone += bytes;
			report();
		});
		if (reason) {
			progress.failures.push({ file, reason });
		}
		progress.filesDone += 1;
		progress.current = null;
		report();
	}
	return { ...progress, failures: [...progress.failures] };
}

/** One file: fetched, measured, hashed, stored. Null when it is on the device now. */
async function fetchOne(
	db: KopaDb,
	file: DesignFile,
	options: DownloadOptions,
	onBytes: (bytes: number) => void
): Promise<FailureReason | null> {
	let response: Response;
	try {
		response = await (options.fetchImpl ?? fetch)(designFileUrl(file, options.baseUrl), {
			credentials: 'same-origin',
			cache: 'no-store',
			signal: options.signal
		});
	} catch {
		return 'offline';
	}
	if (!response.ok) {
		await response.body?.cancel().catch(() => undefined);
		return response.status === 401
			? 'signedOut'
			: response.status === 403 || response.status === 404
				? 'notFound'
				: 'server';
	}
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let received = 0;
	try {
		const reader = response.body?.getReader();
		for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
			received += part.value.byteLength;
			if (received > file.size) {
				// More than the task's file: not it. Stop before it fills the device.
				await reader?.cancel();
				return 'mismatch';
			}
			chunks.push(part.value);
			onBytes(part.value.byteLength);
		}
	} catch {
		return 'offline';
	}
	const blob = new Blob(chunks, { type: file.mime });
	if (blob.size !== file.size || (await sha256Hex(blob)) !== file.sha256) {
		return 'mismatch';
	}
	try {
		await db.transaction('rw', db.blobs, async () => {
			// A file this person added themselves (state 'local') is the same bytes: its row
			// stays as it is, so the upload worker still sends it.
			if (!(await db.blobs.get(file.sha256))) {
				await db.blobs.add({
					sha256: file.sha256,
					blob,
					size: blob.size,
					mime: file.mime,
					// Already on the server: the upload worker leaves it alone.
					state: 'uploaded',
					offset: blob.size
				});
			}
		});
	} catch {
		return 'storage';
	}
	return null;
}
