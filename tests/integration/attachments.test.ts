import { describe, expect, it } from 'vitest';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join, relative } from 'node:path';
import { blobDirFor, blobRelativePath } from '../../server/attachments/blob-files';
import { handleBlobGet } from '../../server/app/blob-download';
import { handleBlobPut } from '../../server/app/blob-upload';
import type { Db } from '../../server/db/client.server';
import { peopleRepo } from '../../server/identity/people.repo';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { COMPLETE_FIELDS, draftAndSubmit } from './fixtures';
import { callerFor, count, freshDb } from './harness';

/**
 * The attachment protocol on the server (SYNC.md §1.7): the `attachment.add` mutation
 * through sync.push, `attachments.beginUpload` through the router, and the chunk PUT
 * handler called with real Requests, on SQLite built from the migrations.
 */

const JPEG_MAGIC = [0xff, 0xd8, 0xff, 0xe0];

function jpeg(size: number): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(randomBytes(size));
	bytes.set(JPEG_MAGIC);
	return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A person's device: one client id, mutation ids in order. */
function device(db: Db, personId: string) {
	const clientId = randomUUID();
	let next = 1;
	const caller = callerFor(db, personId);
	return {
		caller,
		async push(name: string, args: Record<string, unknown>) {
			const out = await caller.sync.push({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations: [{ id: next++, name, args }]
			});
			const [result] = out.results;
			if (!result) {
				throw new Error('no result');
			}
			return result;
		},
		async draft(municipalityId = 'riga') {
			const id = uuidv7();
			const result = await this.push('application.saveDraft', {
				id,
				municipalityId,
				service: 'education-enrolment',
				patch: {}
			});
			expect(result.status).toBe('applied');
			return id;
		},
		attach(recordId: string, bytes: Uint8Array, more: Record<string, unknown> = {}) {
			return this.push('attachment.add', {
				attachmentId: uuidv7(),
				recordId,
				municipalityId: 'riga',
				sha256: sha256(bytes),
				size: bytes.length,
				mime: 'image/jpeg',
				filename: 'photo.jpg',
				...more
			});
		},
		put(
			sha: string,
			offset: number | string,
			chunk: Uint8Array<ArrayBuffer>,
			headers: HeadersInit = {}
		) {
			return handleBlobPut(
				db,
				peopleRepo.findById(db, personId),
				sha,
				new Request(`http://localhost/api/blob/${sha}`, {
					method: 'PUT',
					headers: {
						'content-type': CHUNK_CONTENT_TYPE,
						[UPLOAD_OFFSET_HEADER]: String(offset),
						...headers
					},
					body: chunk
				})
			);
		}
	};
}

const offsetOf = (response: Response) => Number(response.headers.get(UPLOAD_OFFSET_HEADER));

function blobRow(db: Db, sha: string) {
	return db.$client
		.prepare('select size, received_bytes as received, status from blob where sha256 = ?')
		.get(sha) as { size: number; received: number; status: string } | undefined;
}

/** A person's own upload of a content: how far it got, where its bytes wait. */
function uploadRow(db: Db, personId: string, sha: string) {
	return db.$client
		.prepare(
			'select size, mime, received_bytes as received, path from blob_upload where person_id = ? and sha256 = ?'
		)
		.get(personId, sha) as
		{ size: number; mime: string; received: number; path: string } | undefined;
}

/** Every file in the blob folder, relative to it: the shared files and any upload under way. */
function storedFiles(db: Db): string[] {
	const dir = blobDirFor(db);
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

const storedHash = (db: Db, sha: string) =>
	sha256(readFileSync(join(blobDirFor(db), blobRelativePath(sha))));

function statuses(db: Db, recordId: string): string[] {
	return (
		db.$client
			.prepare('select status from attachment where application_id = ? order by created_at, id')
			.all(recordId) as { status: string }[]
	).map((r) => r.status);
}

describe('attachment.add', () => {
	it('expects the file on the applicant’s draft and makes a partial blob', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const bytes = jpeg(3000);
		const result = await anna.attach(recordId, bytes);
		expect(result).toMatchObject({ status: 'applied', result: { status: 'expected' } });
		expect(statuses(db, recordId)).toEqual(['expected']);
		expect(blobRow(db, sha256(bytes))).toEqual({ size: 3000, received: 0, status: 'partial' });
	});

	it('refuses an attachment to another person’s application', async () => {
		const db = freshDb();
		const recordId = await device(db, 'demo-citizen-anna').draft();
		const janis = device(db, 'demo-citizen-janis');
		const result = await janis.attach(recordId, jpeg(100));
		expect(result).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });
		expect(count(db, 'select count(*) n from attachment')).toBe(0);
		expect(count(db, 'select count(*) n from blob')).toBe(0);
	});

	it('refuses files on an application already submitted', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const { recordId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		await anna.push(mutations[0]!.name, mutations[0]!.args as Record<string, unknown>);
		await anna.push(mutations[1]!.name, mutations[1]!.args as Record<string, unknown>);
		const result = await anna.attach(recordId, jpeg(100));
		expect(result).toMatchObject({ status: 'rejected', error: { code: 'STALE_STATE' } });
	});

	it('checks the service’s limits: size, type, a name that claims another type, count', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const big = await anna.push('attachment.add', {
			attachmentId: uuidv7(),
			recordId,
			municipalityId: 'riga',
			sha256: 'a'.repeat(64),
			size: 10 * 1024 * 1024 + 1,
			mime: 'image/jpeg',
			filename: 'big.jpg'
		});
		expect(big).toMatchObject({ status: 'rejected', error: { code: 'ATTACHMENT_TOO_LARGE' } });
		const renamed = await anna.attach(recordId, jpeg(100), { filename: 'scan.pdf' });
		expect(renamed).toMatchObject({ status: 'rejected', error: { code: 'ATTACHMENT_MISMATCH' } });
		const gif = await anna.attach(recordId, jpeg(100), { mime: 'image/gif', filename: 'a.gif' });
		expect(gif).toMatchObject({ status: 'rejected', error: { code: 'INVALID_ARGS' } });
		for (let i = 0; i < 10; i++) {
			expect((await anna.attach(recordId, jpeg(50))).status).toBe('applied');
		}
		const eleventh = await anna.attach(recordId, jpeg(50));
		expect(eleventh).toMatchObject({ status: 'rejected', error: { code: 'ATTACHMENT_TOO_MANY' } });
	});
});

describe('chunked upload', () => {
	it('appends chunks at the server’s offset, resumes after a drop, and verifies the hash', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const bytes = jpeg(2500);
		const sha = sha256(bytes);
		await anna.attach(recordId, bytes);

		const begin = await anna.caller.attachments.beginUpload({
			sha256: sha,
			size: bytes.length,
			mime: 'image/jpeg'
		});
		expect(begin).toMatchObject({ complete: false, offset: 0 });

		const first = await anna.put(sha, 0, bytes.subarray(0, 1000));
		expect(first.status).toBe(204);
		expect(offsetOf(first)).toBe(1000);

		// The connection drops; the device asks where to resume.
		const resume = await anna.caller.attachments.beginUpload({
			sha256: sha,
			size: bytes.length,
			mime: 'image/jpeg'
		});
		expect(resume).toMatchObject({ complete: false, offset: 1000 });
		expect(statuses(db, recordId)).toEqual(['expected']);

		expect(offsetOf(await anna.put(sha, 1000, bytes.subarray(1000, 2000)))).toBe(2000);
		const last = await anna.put(sha, 2000, bytes.subarray(2000));
		expect(last.status).toBe(204);
		expect(offsetOf(last)).toBe(2500);
		expect(blobRow(db, sha)).toEqual({ size: 2500, received: 2500, status: 'complete' });
		expect(statuses(db, recordId)).toEqual(['present']);
		expect(existsSync(join(blobDirFor(db), blobRelativePath(sha)))).toBe(true);
		// Her finished upload leaves no trace but the one shared file.
		expect(uploadRow(db, 'demo-citizen-anna', sha)).toBeUndefined();
		expect(storedFiles(db)).toEqual([blobRelativePath(sha)]);
	});

	it('resumes from what the disk kept when it holds less than the row says', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const bytes = jpeg(3000);
		const sha = sha256(bytes);
		await anna.attach(recordId, bytes);
		await anna.put(sha, 0, bytes.subarray(0, 2000));
		const upload = uploadRow(db, 'demo-citizen-anna', sha);
		// A crash lost the last write of her bytes after the row was committed.
		truncateSync(join(blobDirFor(db), upload?.path ?? ''), 1200);

		const lost = await anna.put(sha, 2000, bytes.subarray(2000));
		expect(lost.status).toBe(409);
		expect(offsetOf(lost)).toBe(1200);
		expect(
			await anna.caller.attachments.beginUpload({ sha256: sha, size: 3000, mime: 'image/jpeg' })
		).toMatchObject({ complete: false, offset: 1200 });
		expect((await anna.put(sha, 1200, bytes.subarray(1200))).status).toBe(204);
		expect(statuses(db, recordId)).toEqual(['present']);
		expect(storedHash(db, sha)).toBe(sha);
	});

	it('answers a chunk at the wrong offset with 409 and the right offset, storing nothing', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const bytes = jpeg(2000);
		const sha = sha256(bytes);
		await anna.attach(recordId, bytes);
		await anna.put(sha, 0, bytes.subarray(0, 800));

		for (const wrong of [0, 500, 1200]) {
			const response = await anna.put(sha, wrong, bytes.subarray(wrong, wrong + 400));
			expect(response.status).toBe(409);
			expect(offsetOf(response)).toBe(800);
		}
		expect(uploadRow(db, 'demo-citizen-anna', sha)?.received).toBe(800);
	});

	it('refuses a file whose bytes are not the promised file, and starts over clean', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const bytes = jpeg(1500);
		const sha = sha256(bytes);
		await anna.attach(recordId, bytes);
		const forged = Uint8Array.from(bytes);
		forged[1400] = (forged[1400] ?? 0) ^ 0xff;

		await anna.put(sha, 0, forged.subarray(0, 1000));
		const last = await anna.put(sha, 1000, forged.subarray(1000));
		expect(last.status).toBe(422);
		expect(((await last.json()) as { error: { code: string } }).error.code).toBe('HASH_MISMATCH');
		expect(blobRow(db, sha)).toEqual({ size: 1500, received: 0, status: 'partial' });
		expect(uploadRow(db, 'demo-citizen-anna', sha)?.received).toBe(0);
		expect(statuses(db, recordId)).toEqual(['expected']);
		expect(storedFiles(db)).toEqual([]);

		// The real file still goes through afterwards.
		expect((await anna.put(sha, 0, bytes)).status).toBe(204);
		expect(statuses(db, recordId)).toEqual(['present']);
	});

	it('refuses, before storing, a first chunk whose content is not the declared type', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		const text = new TextEncoder().encode('this is not a photo, just text '.repeat(10));
		await anna.attach(recordId, text);
		const response = await anna.put(sha256(text), 0, text);
		expect(response.status).toBe(422);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
			'CONTENT_MISMATCH'
		);
		expect(uploadRow(db, 'demo-citizen-anna', sha256(text))?.received).toBe(0);
		expect(storedFiles(db)).toEqual([]);
	});

	it('lets only someone who attached the file send or probe it', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(600);
		const sha = sha256(bytes);
		await anna.attach(await anna.draft(), bytes);

		expect((await janis.put(sha, 0, bytes)).status).toBe(404);
		await expect(
			janis.caller.attachments.beginUpload({ sha256: sha, size: 600, mime: 'image/jpeg' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const anonymous = await handleBlobPut(
			db,
			null,
			sha,
			new Request('http://localhost/x', { method: 'PUT', body: bytes })
		);
		expect(anonymous.status).toBe(401);
		expect(uploadRow(db, 'demo-citizen-janis', sha)).toBeUndefined();
		expect(uploadRow(db, 'demo-citizen-anna', sha)?.received ?? 0).toBe(0);
	});

	it('answers bad requests with a 4xx and a reason, never a 5xx', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const bytes = jpeg(600);
		const sha = sha256(bytes);
		await anna.attach(await anna.draft(), bytes);
		const cases: [string, Promise<Response>, number][] = [
			['not a sha256', anna.put('NOT-A-HASH', 0, bytes), 400],
			['an offset that is not a number', anna.put(sha, 'abc', bytes), 400],
			['a negative offset', anna.put(sha, -1, bytes), 400],
			['another content type', anna.put(sha, 0, bytes, { 'content-type': 'text/plain' }), 415],
			['past the declared size', anna.put(sha, 0, jpeg(601)), 413],
			['an unknown file', anna.put('b'.repeat(64), 0, bytes), 404]
		];
		for (const [name, pending, status] of cases) {
			const response = await pending;
			expect(response.status, name).toBe(status);
			const body = (await response.json()) as { error?: { code?: string; message?: string } };
			expect(body.error?.message, name).toBeTruthy();
		}
		expect(uploadRow(db, 'demo-citizen-anna', sha)?.received ?? 0).toBe(0);
		expect(storedFiles(db)).toEqual([]);
	});
});

describe('identical files: stored once, but each person proves they have the bytes', () => {
	it('makes a person’s own second copy present at once', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const bytes = jpeg(1200);
		const sha = sha256(bytes);
		const record = await anna.draft();
		await anna.attach(record, bytes);
		expect((await anna.put(sha, 0, bytes)).status).toBe(204);

		const again = await anna.attach(record, bytes, { filename: 'same-again.jpg' });
		expect(again).toMatchObject({ status: 'applied', result: { status: 'present' } });
		const other = await anna.draft();
		expect(await anna.attach(other, bytes)).toMatchObject({ result: { status: 'present' } });
		expect(
			await anna.caller.attachments.beginUpload({ sha256: sha, size: 1200, mime: 'image/jpeg' })
		).toEqual({ complete: true });
		expect(statuses(db, record)).toEqual(['present', 'present']);
		expect(count(db, 'select count(*) n from blob')).toBe(1);
		expect(storedFiles(db)).toEqual([blobRelativePath(sha)]);
	});

	it('makes someone else send the bytes themselves, checks them, and keeps one file', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(2500);
		const sha = sha256(bytes);
		const annaRecord = await anna.draft();
		await anna.attach(annaRecord, bytes);
		await anna.put(sha, 0, bytes);
		expect(statuses(db, annaRecord)).toEqual(['present']);

		// Jānis knows the hash (or has the file): that alone must not make his copy received.
		const janisRecord = await janis.draft();
		const added = await janis.attach(janisRecord, bytes);
		expect(added).toMatchObject({ status: 'applied', result: { status: 'expected' } });
		expect(statuses(db, janisRecord)).toEqual(['expected']);
		expect(
			await janis.caller.attachments.beginUpload({ sha256: sha, size: 2500, mime: 'image/jpeg' })
		).toMatchObject({ complete: false, offset: 0 });

		const first = await janis.put(sha, 0, bytes.subarray(0, 1000));
		expect(first.status).toBe(204);
		expect(offsetOf(first)).toBe(1000);
		expect(uploadRow(db, 'demo-citizen-janis', sha)?.received).toBe(1000);
		expect(statuses(db, janisRecord)).toEqual(['expected']);
		// His bytes wait apart from the shared file, which stays as Anna sent it.
		expect(storedFiles(db)).toHaveLength(2);
		expect(storedHash(db, sha)).toBe(sha);

		const last = await janis.put(sha, 1000, bytes.subarray(1000));
		expect(last.status).toBe(204);
		expect(offsetOf(last)).toBe(2500);
		expect(statuses(db, janisRecord)).toEqual(['present']);
		expect(statuses(db, annaRecord)).toEqual(['present']);
		// Stored once: his verified copy was dropped, the shared file is whole.
		expect(count(db, 'select count(*) n from blob')).toBe(1);
		expect(count(db, 'select count(*) n from blob_upload')).toBe(0);
		expect(storedFiles(db)).toEqual([blobRelativePath(sha)]);
		expect(storedHash(db, sha)).toBe(sha);
		expect(blobRow(db, sha)).toEqual({ size: 2500, received: 2500, status: 'complete' });
	});

	it('marks only the sender’s attachments present, and makes their file the shared one', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(1800);
		const sha = sha256(bytes);
		const annaRecord = await anna.draft();
		const janisRecord = await janis.draft();
		await anna.attach(annaRecord, bytes);
		await janis.attach(janisRecord, bytes);
		await anna.put(sha, 0, bytes.subarray(0, 900));

		// Jānis finishes first, from his own offset 0, not Anna's 900.
		expect((await janis.put(sha, 900, bytes.subarray(900))).status).toBe(409);
		const whole = await janis.put(sha, 0, bytes);
		expect(whole.status).toBe(204);
		expect(statuses(db, janisRecord)).toEqual(['present']);
		expect(statuses(db, annaRecord)).toEqual(['expected']);
		expect(storedHash(db, sha)).toBe(sha);
		expect(blobRow(db, sha)).toEqual({ size: 1800, received: 1800, status: 'complete' });

		// Anna still has to finish her own upload, from where she was.
		expect(
			await anna.caller.attachments.beginUpload({ sha256: sha, size: 1800, mime: 'image/jpeg' })
		).toMatchObject({ complete: false, offset: 900 });
		expect((await anna.put(sha, 900, bytes.subarray(900))).status).toBe(204);
		expect(statuses(db, annaRecord)).toEqual(['present']);
		expect(storedFiles(db)).toEqual([blobRelativePath(sha)]);
	});

	it('refuses wrong bytes from someone else without marking anything or touching the file', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(1500);
		const sha = sha256(bytes);
		const annaRecord = await anna.draft();
		await anna.attach(annaRecord, bytes);
		await anna.put(sha, 0, bytes);
		const janisRecord = await janis.draft();
		await janis.attach(janisRecord, bytes);

		const forged = Uint8Array.from(bytes);
		forged[1400] = (forged[1400] ?? 0) ^ 0xff;
		await janis.put(sha, 0, forged.subarray(0, 1000));
		const last = await janis.put(sha, 1000, forged.subarray(1000));
		expect(last.status).toBe(422);
		expect(offsetOf(last)).toBe(0);
		expect(((await last.json()) as { error: { code: string } }).error.code).toBe('HASH_MISMATCH');
		expect(statuses(db, janisRecord)).toEqual(['expected']);
		expect(statuses(db, annaRecord)).toEqual(['present']);
		expect(uploadRow(db, 'demo-citizen-janis', sha)?.received).toBe(0);
		expect(blobRow(db, sha)).toEqual({ size: 1500, received: 1500, status: 'complete' });
		expect(storedFiles(db)).toEqual([blobRelativePath(sha)]);
		expect(storedHash(db, sha)).toBe(sha);
	});

	it('keeps a partial upload of one person safe from another’s wrong bytes', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(1500);
		const sha = sha256(bytes);
		const annaRecord = await anna.draft();
		await anna.attach(annaRecord, bytes);
		await janis.attach(await janis.draft(), bytes);
		await anna.put(sha, 0, bytes.subarray(0, 700));

		const forged = Uint8Array.from(bytes);
		forged[10] = (forged[10] ?? 0) ^ 0xff;
		expect((await janis.put(sha, 0, forged)).status).toBe(422);
		expect(blobRow(db, sha)?.status).toBe('partial');
		expect(uploadRow(db, 'demo-citizen-anna', sha)?.received).toBe(700);

		expect((await anna.put(sha, 700, bytes.subarray(700))).status).toBe(204);
		expect(statuses(db, annaRecord)).toEqual(['present']);
		expect(storedHash(db, sha)).toBe(sha);
	});

	it('checks a person’s claims against their own files only', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const janis = device(db, 'demo-citizen-janis');
		const bytes = jpeg(1200);
		const sha = sha256(bytes);
		const annaRecord = await anna.draft();
		await anna.attach(annaRecord, bytes);
		await anna.put(sha, 0, bytes);

		// Anna contradicting her own upload is refused, as before.
		const own = await anna.attach(annaRecord, bytes, { size: 1300 });
		expect(own).toMatchObject({ status: 'rejected', error: { code: 'ATTACHMENT_MISMATCH' } });
		// Jānis contradicting Anna's file is not refused for it: his bytes will decide.
		const janisRecord = await janis.draft();
		const claim = await janis.attach(janisRecord, bytes, { size: 1300 });
		expect(claim).toMatchObject({ status: 'applied', result: { status: 'expected' } });
		expect(
			await janis.caller.attachments.beginUpload({ sha256: sha, size: 1300, mime: 'image/jpeg' })
		).toMatchObject({ complete: false, offset: 0 });
		// Against his own claim he is held, as Anna is against hers.
		await expect(
			janis.caller.attachments.beginUpload({ sha256: sha, size: 1200, mime: 'image/jpeg' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const again = await janis.attach(janisRecord, bytes, { mime: 'image/png', filename: 'a.png' });
		expect(again).toMatchObject({ status: 'rejected', error: { code: 'ATTACHMENT_MISMATCH' } });
		const padded = new Uint8Array(1300);
		padded.set(bytes);
		const sent = await janis.put(sha, 0, padded);
		expect(sent.status).toBe(422);
		expect(statuses(db, janisRecord)).toEqual(['expected']);
		expect(blobRow(db, sha)).toEqual({ size: 1200, received: 1200, status: 'complete' });
	});

	/**
	 * Everything Jānis can see when he attaches and sends a file: the mutation's answer,
	 * beginUpload's, and each chunk's status, offset and body.
	 */
	async function whatJanisSees(
		db: Db,
		bytes: Uint8Array<ArrayBuffer>,
		claim: { size: number; mime: string; filename: string },
		payload: Uint8Array<ArrayBuffer>
	) {
		const janis = device(db, 'demo-citizen-janis');
		const sha = sha256(bytes);
		const seen: unknown[] = [];
		const answer = async (pending: Promise<Response>) => {
			const response = await pending;
			return {
				status: response.status,
				offset: response.headers.get(UPLOAD_OFFSET_HEADER),
				body: await response.text()
			};
		};
		const begin = () =>
			janis.caller.attachments
				.beginUpload({ sha256: sha, size: claim.size, mime: claim.mime as 'image/jpeg' })
				.catch((error: { code?: string; message?: string }) => ({
					refused: error.code,
					message: error.message
				}));
		const record = await janis.draft();
		seen.push(await janis.attach(record, bytes, claim));
		seen.push(await begin());
		seen.push(await answer(janis.put(sha, 0, payload.subarray(0, 700))));
		seen.push(await answer(janis.put(sha, 0, payload.subarray(0, 700))));
		seen.push(await begin());
		seen.push(await answer(janis.put(sha, 700, payload.subarray(700))));
		seen.push(await begin());
		seen.push(statuses(db, record));
		seen.push(await janis.attach(record, bytes, { ...claim, filename: `again-${claim.filename}` }));
		return seen;
	}

	const padded = (bytes: Uint8Array<ArrayBuffer>) => {
		const longer = new Uint8Array(bytes.length + 1);
		longer.set(bytes);
		return longer;
	};

	it.each([
		['the file itself', (b: Uint8Array<ArrayBuffer>) => ({ claim: {}, payload: b })],
		[
			'another size',
			(b: Uint8Array<ArrayBuffer>) => ({ claim: { size: b.length + 1 }, payload: padded(b) })
		],
		[
			'another type',
			(b: Uint8Array<ArrayBuffer>) => ({
				claim: { mime: 'image/png', filename: 'photo.png' },
				payload: b
			})
		],
		[
			'wrong bytes',
			(b: Uint8Array<ArrayBuffer>) => {
				const forged = Uint8Array.from(b);
				forged[1000] = (forged[1000] ?? 0) ^ 1;
				return { claim: {}, payload: forged };
			}
		]
	])(
		'answers the same to a claim of %s whether or not anyone else has the file',
		async (_, make) => {
			const bytes = jpeg(1600);
			const { claim: more, payload } = make(bytes);
			const claim = { size: bytes.length, mime: 'image/jpeg', filename: 'photo.jpg', ...more };
			const worlds: Record<string, (db: Db) => Promise<void>> = {
				'nobody else': async () => {},
				'Anna sent it': async (db) => {
					const anna = device(db, 'demo-citizen-anna');
					await anna.attach(await anna.draft(), bytes);
					expect((await anna.put(sha256(bytes), 0, bytes)).status).toBe(204);
				},
				'Anna sent half of it': async (db) => {
					const anna = device(db, 'demo-citizen-anna');
					await anna.attach(await anna.draft(), bytes);
					expect((await anna.put(sha256(bytes), 0, bytes.subarray(0, 900))).status).toBe(204);
				},
				'Anna claimed it as something else': async (db) => {
					const anna = device(db, 'demo-citizen-anna');
					const result = await anna.attach(await anna.draft(), bytes, {
						size: 999,
						mime: 'application/pdf',
						filename: 'x.pdf'
					});
					expect(result.status).toBe('applied');
				}
			};
			const seen: Record<string, unknown[]> = {};
			for (const [name, before] of Object.entries(worlds)) {
				const db = freshDb();
				await before(db);
				seen[name] = await whatJanisSees(db, bytes, claim, payload);
			}
			for (const name of Object.keys(worlds)) {
				expect(seen[name], name).toEqual(seen['nobody else']);
			}
		}
	);
});

describe('the officer’s view of files', () => {
	it('counts files present of expected for a submitted application of their municipality', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const { recordId, submissionId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		await anna.push(mutations[0]!.name, mutations[0]!.args as Record<string, unknown>);
		const files = [jpeg(300), jpeg(400), jpeg(500)];
		for (const file of files) {
			await anna.attach(recordId, file);
		}
		const submitted = await anna.push(
			mutations[1]!.name,
			mutations[1]!.args as Record<string, unknown>
		);
		expect(submitted.status, submissionId).toBe('applied');
		await anna.put(sha256(files[0]!), 0, files[0]!);
		await anna.put(sha256(files[2]!), 0, files[2]!);

		const officer = callerFor(db, 'demo-officer-riga');
		const view = await officer.attachments.forApplication({ municipalityId: 'riga', id: recordId });
		expect(view.present).toBe(2);
		expect(view.expected).toBe(3);
		expect(view.files.map((f) => f.status)).toEqual(['present', 'expected', 'present']);

		// Files arriving after submission still count.
		await anna.put(sha256(files[1]!), 0, files[1]!);
		expect(
			(await officer.attachments.forApplication({ municipalityId: 'riga', id: recordId })).present
		).toBe(3);
	});

	it('shows nothing to an officer of another municipality, or of drafts', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const recordId = await anna.draft();
		await anna.attach(recordId, jpeg(100));
		await expect(
			callerFor(db, 'demo-officer-riga').attachments.forApplication({
				municipalityId: 'riga',
				id: recordId
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			callerFor(db, 'demo-officer-riga').attachments.forApplication({
				municipalityId: 'liepaja',
				id: recordId
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			callerFor(db, 'demo-citizen-anna').attachments.forApplication({
				municipalityId: 'riga',
				id: recordId
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('lets the officer open a received file, and nobody else', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const { recordId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		await anna.push(mutations[0]!.name, mutations[0]!.args as Record<string, unknown>);
		const bytes = jpeg(700);
		const sha = sha256(bytes);
		await anna.attach(recordId, bytes);
		await anna.push(mutations[1]!.name, mutations[1]!.args as Record<string, unknown>);
		const officer = callerFor(db, 'demo-officer-riga');
		const [file] = (
			await officer.attachments.forApplication({ municipalityId: 'riga', id: recordId })
		).files;
		const open = (personId: string, attachmentId = file?.id ?? '') => {
			const person = peopleRepo.findById(db, personId);
			return handleBlobGet(
				db,
				{ person, roles: person ? peopleRepo.rolesOf(db, person.id) : [] },
				sha,
				new URL(`http://localhost/api/blob/${sha}?attachment=${attachmentId}`)
			);
		};

		expect(open('demo-officer-riga').status).toBe(404);
		await anna.put(sha, 0, bytes);
		const response = open('demo-officer-riga');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/jpeg');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);

		expect(open('demo-officer-liepaja').status).toBe(404);
		expect(open('demo-citizen-janis').status).toBe(404);
		expect(open('demo-officer-riga', uuidv7()).status).toBe(404);
		expect(open('demo-officer-riga', 'not-an-id').status).toBe(400);
	});

	it('never opens a file the applicant did not send, even if someone else sent it', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const bytes = jpeg(900);
		const sha = sha256(bytes);
		await anna.attach(await anna.draft(), bytes);
		await anna.put(sha, 0, bytes);

		// Jānis only claims the hash on an application he submits.
		const janis = device(db, 'demo-citizen-janis');
		const { recordId, mutations } = draftAndSubmit(1, 'riga', COMPLETE_FIELDS);
		await janis.push(mutations[0]!.name, mutations[0]!.args as Record<string, unknown>);
		await janis.attach(recordId, bytes);
		await janis.push(mutations[1]!.name, mutations[1]!.args as Record<string, unknown>);
		const officer = callerFor(db, 'demo-officer-riga');
		const view = await officer.attachments.forApplication({ municipalityId: 'riga', id: recordId });
		expect(view).toMatchObject({ present: 0, expected: 1 });
		const person = peopleRepo.findById(db, 'demo-officer-riga');
		const response = handleBlobGet(
			db,
			{ person, roles: person ? peopleRepo.rolesOf(db, person.id) : [] },
			sha,
			new URL(`http://localhost/api/blob/${sha}?attachment=${view.files[0]?.id ?? ''}`)
		);
		expect(response.status).toBe(404);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
			'NOT_RECEIVED'
		);
	});
});
