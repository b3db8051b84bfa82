import 'fake-indexeddb/auto';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { handleBlobPut } from '../../server/app/blob-upload';
import { peopleRepo } from '../../server/identity/people.repo';
import { addFile } from '../../src/lib/client/attachments/add-file';
import {
	readPutResponse,
	type UploadTransport
} from '../../src/lib/client/attachments/upload-transport';
import { BlobUploader } from '../../src/lib/client/attachments/upload-worker';
import { openKopaDb } from '../../src/lib/client/db';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { uuidv7 } from '../../src/lib/domain/ids';
import { callerFor, count, freshDb } from './harness';

/**
 * The browser half of attachments (Dexie on fake-indexeddb: the blob store, the outbox and
 * the upload worker) against the real server: sync through the routers, chunks through the
 * PUT handler, with a network we can cut in the middle of a file.
 */
function setup(personId = 'demo-citizen-anna', server = freshDb()) {
	const person = peopleRepo.findById(server, personId);
	const caller = callerFor(server, personId);
	const net = { offline: false, failPutNumber: 0 };
	const received: { offset: number; length: number }[] = [];
	let puts = 0;
	let begins = 0;
	const sync: SyncTransport = {
		push: (input) => (net.offline ? Promise.reject(new Error('offline')) : caller.sync.push(input)),
		pull: (input) => (net.offline ? Promise.reject(new Error('offline')) : caller.sync.pull(input))
	};
	const upload: UploadTransport = {
		async begin(input) {
			begins += 1;
			if (net.offline) {
				throw new Error('offline');
			}
			try {
				return await caller.attachments.beginUpload(input);
			} catch (error) {
				if (
					error instanceof TRPCError &&
					(error.code === 'NOT_FOUND' || error.code === 'CONFLICT')
				) {
					return { refused: error.code };
				}
				throw error;
			}
		},
		async put(sha256, offset, chunk) {
			puts += 1;
			if (net.offline || puts === net.failPutNumber) {
				// The connection drops before the chunk reaches the server.
				throw new Error('connection reset');
			}
			const body = new Uint8Array(await chunk.arrayBuffer());
			const response = await handleBlobPut(
				server,
				person,
				sha256,
				new Request(`http://localhost/api/blob/${sha256}`, {
					method: 'PUT',
					headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: String(offset) },
					body
				})
			);
			if (response.status === 204) {
				received.push({ offset, length: body.length });
			}
			return readPutResponse(response);
		}
	};
	const dbName = `kopa-test-${randomUUID()}`;
	const engine = new SyncEngine(openKopaDb(personId, dbName), sync);
	const uploader = new BlobUploader(engine.db, upload);
	return { server, net, engine, uploader, received, puts: () => puts, begins: () => begins };
}

async function newDraft(engine: SyncEngine) {
	const id = uuidv7();
	await engine.mutate(
		'application.saveDraft',
		{ id, municipalityId: 'riga', service: 'education-enrolment', patch: {} },
		id
	);
	return { recordId: id, municipalityId: 'riga', service: 'education-enrolment' };
}

function photo(size: number, name = 'photo.jpg'): { file: File; sha256: string } {
	const bytes = new Uint8Array(randomBytes(size));
	bytes.set([0xff, 0xd8, 0xff, 0xe1]);
	return {
		file: new File([bytes], name, { type: 'image/jpeg' }),
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
}

function serverBlob(server: ReturnType<typeof freshDb>, sha256: string) {
	return server.$client
		.prepare('select received_bytes as received, status from blob where sha256 = ?')
		.get(sha256) as { received: number; status: string } | undefined;
}

/** How far a person's own upload of a content has got on the server (none once done). */
function serverUpload(server: ReturnType<typeof freshDb>, personId: string, sha256: string) {
	return server.$client
		.prepare(
			'select received_bytes as received from blob_upload where person_id = ? and sha256 = ?'
		)
		.get(personId, sha256) as { received: number } | undefined;
}

describe('a file attached on the device', () => {
	it('is kept offline with its mutation, then sent once after the data, and verified', async () => {
		const { server, net, engine, uploader, received } = setup();
		net.offline = true;
		const target = await newDraft(engine);
		const { file, sha256 } = photo(1_300_000);
		const added = await addFile(engine, target, file);
		expect(added).toMatchObject({ ok: true, sha256 });
		expect(await engine.db.blobs.get(sha256)).toMatchObject({ state: 'local', offset: 0 });
		expect((await engine.db.outbox.toArray()).map((r) => r.name)).toEqual([
			'application.saveDraft',
			'attachment.add'
		]);
		await expect(engine.sync()).rejects.toThrow('offline');

		net.offline = false;
		await engine.sync();
		expect(count(server, 'select count(*) n from attachment where status = ?', 'expected')).toBe(1);
		await uploader.run();

		expect(serverBlob(server, sha256)).toEqual({ received: 1_300_000, status: 'complete' });
		expect(count(server, 'select count(*) n from attachment where status = ?', 'present')).toBe(1);
		expect(await engine.db.blobs.get(sha256)).toMatchObject({
			state: 'uploaded',
			offset: 1_300_000
		});
		// Every byte crossed the network once.
		expect(received.reduce((sum, r) => sum + r.length, 0)).toBe(1_300_000);
		// The local copy is kept after upload (SYNC.md §1.7 step 3).
		expect((await engine.db.blobs.get(sha256))?.blob.size).toBe(1_300_000);
	});

	it('resumes from the server’s offset after the connection drops mid-file', async () => {
		const { server, net, engine, uploader, received } = setup();
		const target = await newDraft(engine);
		const { file, sha256 } = photo(1_400_000);
		await addFile(engine, target, file);
		await engine.sync();

		net.failPutNumber = 2;
		await expect(uploader.run()).rejects.toThrow('connection reset');
		expect(serverBlob(server, sha256)?.status).toBe('partial');
		const partial = serverUpload(server, 'demo-citizen-anna', sha256);
		expect(partial?.received).toBeGreaterThan(0);
		expect(await engine.db.blobs.get(sha256)).toMatchObject({
			state: 'uploading',
			offset: partial?.received
		});

		await uploader.run();
		expect(serverBlob(server, sha256)).toEqual({ received: 1_400_000, status: 'complete' });
		// Each accepted chunk starts where the previous ended: nothing sent twice.
		let next = 0;
		for (const chunk of received) {
			expect(chunk.offset).toBe(next);
			next += chunk.length;
		}
		expect(next).toBe(1_400_000);
	});

	it('waits to send until the server knows to expect the file', async () => {
		const { engine, uploader, puts } = setup();
		const target = await newDraft(engine);
		await addFile(engine, target, photo(2000).file);
		await uploader.run();
		expect(puts()).toBe(0);
		await engine.sync();
		await uploader.run();
		expect(puts()).toBe(1);
	});

	it('waits for an inspection photo’s mutation too before asking the server', async () => {
		// An inspector's photo: bytes on the device, `inspection.photo` still in the outbox.
		const { engine, uploader, begins } = setup('demo-inspector-riga');
		const shot = photo(1500);
		await engine.db.blobs.add({
			sha256: shot.sha256,
			blob: shot.file,
			size: shot.file.size,
			mime: 'image/jpeg',
			state: 'local',
			offset: 0
		});
		const inspectionId = uuidv7();
		await engine.mutate(
			'inspection.photo',
			{
				inspectionId,
				municipalityId: 'riga',
				photoId: uuidv7(),
				sha256: shot.sha256,
				mime: 'image/jpeg',
				size: shot.file.size,
				takenAt: 1,
				position: null
			},
			inspectionId
		);
		await uploader.run();
		expect(begins()).toBe(0);
	});

	it('stores the same file once and lets the second copy count as received at once', async () => {
		const { server, engine, uploader } = setup();
		const target = await newDraft(engine);
		const { file, sha256 } = photo(5000);
		await addFile(engine, target, file);
		await engine.sync();
		await uploader.run();
		await addFile(engine, target, new File([file], 'copy.jpg', { type: 'image/jpeg' }));
		await engine.sync();
		expect(await engine.db.blobs.count()).toBe(1);
		expect(await engine.db.attachments.where('sha256').equals(sha256).count()).toBe(2);
		expect(count(server, 'select count(*) n from attachment where status = ?', 'present')).toBe(2);
	});

	it('makes another person send the same file in full; the server keeps one copy', async () => {
		const anna = setup();
		const { file, sha256 } = photo(1_200_000);
		await addFile(anna.engine, await newDraft(anna.engine), file);
		await anna.engine.sync();
		await anna.uploader.run();
		expect(serverBlob(anna.server, sha256)).toEqual({ received: 1_200_000, status: 'complete' });

		const janis = setup('demo-citizen-janis', anna.server);
		await addFile(janis.engine, await newDraft(janis.engine), new File([file], 'mine.jpg'));
		await janis.engine.sync();
		const expected = 'select count(*) n from attachment where status = ?';
		expect(count(anna.server, expected, 'expected')).toBe(1);
		await janis.uploader.run();

		// Every byte of his copy crossed the network, from 0, and was checked.
		let next = 0;
		for (const chunk of janis.received) {
			expect(chunk.offset).toBe(next);
			next += chunk.length;
		}
		expect(next).toBe(1_200_000);
		expect(count(anna.server, expected, 'present')).toBe(2);
		expect(await janis.engine.db.blobs.get(sha256)).toMatchObject({ state: 'uploaded' });
		expect(count(anna.server, 'select count(*) n from blob')).toBe(1);
		expect(count(anna.server, 'select count(*) n from blob_upload')).toBe(0);
	});

	it('refuses by content a .jpg that is really text, storing nothing', async () => {
		const { engine } = setup();
		const target = await newDraft(engine);
		const text = new File(['Dear officer, here is my photo.'], 'photo.jpg', { type: 'image/jpeg' });
		const result = await addFile(engine, target, text);
		expect(result).toEqual({ ok: false, problem: { code: 'attachment.unrecognised' } });
		expect(await engine.db.blobs.count()).toBe(0);
		expect(await engine.db.outbox.count()).toBe(1);
	});

	it('refuses a PDF over the limit before reading it', async () => {
		const { engine } = setup();
		const target = await newDraft(engine);
		const pdf = new File(['%PDF-1.7\n', new Uint8Array(10 * 1024 * 1024)], 'big.pdf');
		expect(await addFile(engine, target, pdf)).toEqual({
			ok: false,
			problem: { code: 'attachment.tooLarge', maxMb: 10 }
		});
	});

	it('reports a full disk and leaves the outbox as it was', async () => {
		const { engine } = setup();
		const target = await newDraft(engine);
		const before = await engine.db.meta.get('lastMutationId');
		engine.db.blobs.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await addFile(engine, target, photo(3000).file);
		expect(result).toEqual({ ok: false, problem: { code: 'attachment.quota' } });
		expect((await engine.db.outbox.toArray()).map((r) => r.name)).toEqual([
			'application.saveDraft'
		]);
		expect(await engine.db.attachments.count()).toBe(0);
		expect(await engine.db.meta.get('lastMutationId')).toEqual(before);
	});

	it('keeps a file the server refuses as not the promised bytes, and stops sending it', async () => {
		const { engine, uploader, puts } = setup();
		const target = await newDraft(engine);
		const { file, sha256 } = photo(3000);
		await addFile(engine, target, file);
		await engine.sync();
		// The stored bytes no longer match their name (a damaged disk, say).
		const damaged = new Uint8Array(await file.arrayBuffer());
		damaged[2999] = (damaged[2999] ?? 0) ^ 1;
		await engine.db.blobs.update(sha256, { blob: new Blob([damaged]) });

		await uploader.run();
		expect(uploader.refused.get(sha256)).toBe('HASH_MISMATCH');
		expect(await engine.db.blobs.get(sha256)).toMatchObject({ state: 'uploading' });
		const sent = puts();
		await uploader.run();
		expect(puts()).toBe(sent);
	});
});
