import {
	closeSync,
	ftruncateSync,
	fsyncSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../db/client.server';

/**
 * The bytes of uploaded files, one file per SHA-256, in a folder next to the database (or
 * KOPA_BLOB_DIR), so a backup of that folder and the database file is the whole state.
 * Bytes still arriving wait in `uploads/`, one file per person's upload, until verified.
 */

const memoryDirs = new WeakMap<object, string>();

export function blobDirFor(db: Db): string {
	if (process.env.KOPA_BLOB_DIR) {
		return resolve(process.env.KOPA_BLOB_DIR);
	}
	const file = db.$client.name;
	if (file === ':memory:' || file === '') {
		// A database that lives only in memory gets files that live only as long: its own
		// temporary folder, so tests never share or keep bytes.
		let dir = memoryDirs.get(db.$client);
		if (!dir) {
			dir = mkdtempSync(join(tmpdir(), 'kopa-blobs-'));
			memoryDirs.set(db.$client, dir);
		}
		return dir;
	}
	return join(dirname(resolve(file)), 'blobs');
}

/** Where a blob lives relative to the folder: two-letter shards keep folders small. */
export function blobRelativePath(sha256: string): string {
	return join(sha256.slice(0, 2), sha256);
}

/** Where one person's upload waits until it is verified: a name that tells nothing. */
export function uploadRelativePath(): string {
	return join('uploads', randomUUID());
}

/** Bytes present on disk for a blob (0 if none). */
export function storedLength(dir: string, path: string): number {
	try {
		return statSync(join(dir, path)).size;
	} catch {
		return 0;
	}
}

/**
 * Writes `bytes` at `offset`, first cutting anything after `offset`: bytes left by a write
 * whose database update never committed are replaced, never appended to.
 */
export function writeAt(dir: string, path: string, offset: number, bytes: Uint8Array): void {
	const full = join(dir, path);
	mkdirSync(dirname(full), { recursive: true });
	const fd = openSync(full, offset === 0 ? 'w' : 'r+');
	try {
		ftruncateSync(fd, offset);
		let written = 0;
		while (written < bytes.length) {
			written += writeSync(fd, bytes, written, bytes.length - written, offset + written);
		}
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** SHA-256 (hex) and the first `headLength` bytes of the first `length` bytes of a blob. */
export function hashAndHead(
	dir: string,
	path: string,
	length: number,
	headLength: number
): { sha256: string; head: Uint8Array } {
	const fd = openSync(join(dir, path), 'r');
	try {
		const hash = createHash('sha256');
		const buffer = Buffer.alloc(1024 * 1024);
		let head = new Uint8Array(0);
		let position = 0;
		while (position < length) {
			const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position);
			if (read === 0) {
				break;
			}
			if (position === 0) {
				head = Uint8Array.from(buffer.subarray(0, Math.min(read, headLength)));
			}
			hash.update(buffer.subarray(0, read));
			position += read;
		}
		return { sha256: hash.digest('hex'), head };
	} finally {
		closeSync(fd);
	}
}

export function removeBlob(dir: string, path: string): void {
	rmSync(join(dir, path), { force: true });
}

/** Moves a verified upload into place as the shared file (atomic: same folder tree). */
export function moveBlob(dir: string, from: string, to: string): void {
	const target = join(dir, to);
	mkdirSync(dirname(target), { recursive: true });
	renameSync(join(dir, from), target);
}
