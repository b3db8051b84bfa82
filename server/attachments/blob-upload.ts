import {
	CHUNK_CONTENT_TYPE,
	MAX_CHUNK_BYTES,
	SNIFF_BYTES,
	UPLOAD_OFFSET_HEADER,
	kindFromMime,
	sniffKind,
	zSha256
} from '../../src/lib/domain/attachments';
import type { Db, DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import {
	blobDirFor,
	blobRelativePath,
	hashAndHead,
	moveBlob,
	removeBlob,
	storedLength,
	writeAt
} from './blob-files';
import { attachmentsRepo, type BlobUploadRow } from './attachments.repo';
import { judgeChunk, parseOffset } from './attachments.rules';
import { discardBody, readAtMost } from './chunk-body';
import { standingOf } from './attachments.service';
import { markOwnPresent, type FilesElsewhere } from './possession.service';

/**
 * `PUT /api/blob/<sha256>`: one chunk of the person's own upload of a file at
 * `Upload-Offset` (tus semantics, SYNC.md §1.7). The chunk is taken only at the offset
 * their upload has reached; the last one makes the server hash the bytes they sent and, if
 * they are the file promised, mark their attachments of it present. Everyone who attaches a
 * content sends it (proof of possession); it is still stored once. Nothing in the answer
 * depends on whether anyone else sent the file. Bad input gets a 4xx with a reason, never a
 * 5xx. `elsewhere` are the person's files other areas keep (photos): they count as theirs,
 * and are made present too; server/app/blob-upload.ts gives them.
 */
export async function putBlobChunk(
	db: Db,
	person: Actor | null,
	sha256: string,
	request: Request,
	elsewhere: FilesElsewhere
): Promise<Response> {
	const response = await answerChunk(db, person, sha256, request, elsewhere);
	// Answered without reading the body (refused, or already complete): read it out so the
	// answer reaches the client (see chunk-body.ts).
	await discardBody(request);
	return response;
}

async function answerChunk(
	db: Db,
	person: Actor | null,
	sha256: string,
	request: Request,
	elsewhere: FilesElsewhere
): Promise<Response> {
	if (!person) {
		return refuse(401, 'SIGN_IN', 'Sign in first');
	}
	if (!zSha256.safeParse(sha256).success) {
		return refuse(400, 'BAD_SHA256', 'The address must be a lowercase hex SHA-256');
	}
	const offset = parseOffset(request.headers.get(UPLOAD_OFFSET_HEADER));
	if (offset === null) {
		return refuse(400, 'BAD_OFFSET', `${UPLOAD_OFFSET_HEADER} must be a whole number`);
	}
	if (request.headers.get('content-type')?.split(';')[0]?.trim() !== CHUNK_CONTENT_TYPE) {
		return refuse(415, 'BAD_CONTENT_TYPE', `Send chunks as ${CHUNK_CONTENT_TYPE}`);
	}
	let upload: BlobUploadRow;
	try {
		const standing = db.transaction(
			(tx) => standingOf(tx, person.id, sha256, Date.now(), elsewhere),
			{ behavior: 'immediate' }
		);
		if (standing.kind !== 'sending') {
			return standing.kind === 'sent'
				? accepted(standing.size)
				: refuse(404, 'UNKNOWN_BLOB', 'No attachment of yours has this file');
		}
		upload = standing.upload;
	} catch (error) {
		console.error(`blob ${sha256}: reading the upload failed`, error);
		return refuse(503, 'STORAGE_UNAVAILABLE', 'The file could not be stored now; try again');
	}
	if (offset !== upload.receivedBytes) {
		return refuse(409, 'OFFSET_MISMATCH', 'Resume from the server offset', upload.receivedBytes);
	}
	const body = await readAtMost(request, Math.min(MAX_CHUNK_BYTES, upload.size - offset));
	if (body === 'tooLarge') {
		return refuse(413, 'CHUNK_TOO_LARGE', 'The chunk is too large or goes past the file size');
	}
	if (body === 'broken') {
		return refuse(400, 'BODY_INCOMPLETE', 'The chunk did not arrive whole');
	}
	try {
		// The body was read asynchronously: decide again, under the write lock, from the row
		// as it is now (another request may have moved it meanwhile).
		const dir = blobDirFor(db);
		return db.transaction(
			(tx) => appendChunk(tx, dir, person.id, sha256, offset, body, elsewhere),
			{ behavior: 'immediate' }
		);
	} catch (error) {
		console.error(`blob ${sha256}: storing a chunk failed`, error);
		return refuse(503, 'STORAGE_UNAVAILABLE', 'The file could not be stored now; try again');
	}
}

function appendChunk(
	tx: DbOrTx,
	dir: string,
	personId: string,
	sha256: string,
	offset: number,
	bytes: Uint8Array,
	elsewhere: FilesElsewhere
): Response {
	const standing = standingOf(tx, personId, sha256, Date.now(), elsewhere);
	if (standing.kind === 'unknown') {
		return refuse(404, 'UNKNOWN_BLOB', 'No attachment of yours has this file');
	}
	if (standing.kind === 'sent') {
		return accepted(standing.size);
	}
	const { upload } = standing;
	// Never trust more than the disk kept (a write lost in a crash): resume from there.
	const received = Math.min(upload.receivedBytes, storedLength(dir, upload.path));
	if (received < upload.receivedBytes) {
		attachmentsRepo.setUploadReceived(tx, personId, sha256, received);
	}
	const verdict = judgeChunk({ size: upload.size, receivedBytes: received }, offset, bytes.length);
	if (verdict.kind === 'conflict') {
		return refuse(409, 'OFFSET_MISMATCH', 'Resume from the server offset', verdict.offset);
	}
	if (verdict.kind === 'tooLarge') {
		return refuse(413, 'CHUNK_TOO_LARGE', 'The chunk goes past the file size');
	}
	if (offset === 0 && !contentMatches(bytes.subarray(0, SNIFF_BYTES), upload.mime)) {
		// Refused before storing: the promised type and the content disagree.
		return refuse(422, 'CONTENT_MISMATCH', 'The file content is not of its declared type', 0);
	}
	writeAt(dir, upload.path, offset, bytes);
	if (!verdict.completes) {
		attachmentsRepo.setUploadReceived(tx, personId, sha256, offset + bytes.length);
		return accepted(offset + bytes.length);
	}
	const sent = hashAndHead(dir, upload.path, upload.size, SNIFF_BYTES);
	if (sent.sha256 !== sha256 || !contentMatches(sent.head, upload.mime)) {
		// Not the promised file: drop every byte they sent so their next attempt starts clean.
		// Nothing shared was touched.
		removeBlob(dir, upload.path);
		attachmentsRepo.setUploadReceived(tx, personId, sha256, 0);
		return refuse(422, 'HASH_MISMATCH', 'The file received is not the file promised', 0);
	}
	// They proved they have the file. Store it once: if the shared file is already whole,
	// their copy goes; if not, their copy becomes it.
	const shared = attachmentsRepo.findBlob(tx, sha256);
	if (shared?.status === 'complete' && storedLength(dir, shared.path) === shared.size) {
		removeBlob(dir, upload.path);
	} else {
		moveBlob(dir, upload.path, shared?.path ?? blobRelativePath(sha256));
		attachmentsRepo.markBlobComplete(tx, sha256, { size: upload.size, mime: upload.mime });
	}
	attachmentsRepo.deleteUpload(tx, personId, sha256);
	markOwnPresent(tx, personId, sha256, elsewhere);
	return accepted(upload.size);
}

function contentMatches(head: Uint8Array, mime: string): boolean {
	return sniffKind(head) === kindFromMime(mime);
}

const headers = (offset?: number) => {
	const h = new Headers({ 'cache-control': 'no-store' });
	if (offset !== undefined) {
		h.set(UPLOAD_OFFSET_HEADER, String(offset));
	}
	return h;
};

function accepted(offset: number): Response {
	return new Response(null, { status: 204, headers: headers(offset) });
}

function refuse(status: number, code: string, message: string, offset?: number): Response {
	const h = headers(offset);
	h.set('content-type', 'application/json');
	return new Response(JSON.stringify({ error: { code, message } }), { status, headers: h });
}
