import 'fake-indexeddb/auto';
import { createHash, randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleBlobPut } from '../../server/app/blob-upload';
import { peopleRepo } from '../../server/identity/people.repo';
import {
	readPutResponse,
	type UploadTransport
} from '../../src/lib/client/attachments/upload-transport';
import { BlobUploader } from '../../src/lib/client/attachments/upload-worker';
import { openKopaDb } from '../../src/lib/client/db';
import { DraftSaver, journalKey, openDraft } from '../../src/lib/client/inspections/drafts';
import { reopenDraft, sendDraft, sendStatus } from '../../src/lib/client/inspections/send';
import { removePhoto, takePhotos } from '../../src/lib/client/inspections/take-photo';
import { SyncEngine, type SyncTransport } from '../../src/lib/client/sync-engine';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { InspectionView } from '../../src/lib/domain/inspection';
import { callerFor, freshDb } from './harness';
import { insertQueued } from './queue/queue-world';

/**
 * The inspector's form on the device (Dexie on fake-indexeddb) against the real server
 * routers on an in-memory SQLite: drafts that survive a reload, photos kept with their
 * bytes, a refused form that queues nothing, and a sent one that arrives whole.
 */

/** Node has no localStorage: a Storage with the same contract, per test. */
class MemoryStorage {
	private items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, String(value));
	removeItem = (key: string) => void this.items.delete(key);
	clear = () => this.items.clear();
}
beforeEach(() => {
	vi.stubGlobal('localStorage', new MemoryStorage());
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

/** A real 2×2 PNG whose colour depends on `seed` (so each has its own hash). */
function png(seed: number): Uint8Array {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) {
			c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		return c >>> 0;
	});
	const crc = (bytes: Buffer) => {
		let c = 0xffffffff;
		for (const b of bytes) {
			c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
		}
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), 8 + data.length);
		return out;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(2, 0);
	header.writeUInt32BE(2, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const row = [0, seed & 255, (seed * 7) & 255, (seed * 13) & 255, 10, 20, 30];
	const pixels = Buffer.from([...row, ...row]);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const photoFile = (seed: number, name = `foto-${seed}.png`) =>
	new File([new Uint8Array(png(seed))], name, { type: 'image/png' });
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const AT_SITE = { lat: 56.95662, lon: 24.12345, accuracyMetres: 6, at: Date.now() };

describe('drafts on the device', () => {
	it('writes typing within the debounce and keeps the photos it did not touch', async () => {
		const db = openKopaDb('p', `kopa-test-${randomUUID()}`);
		const id = uuidv7();
		await openDraft(db, id, 'task', 'riga');
		await takePhotos(db, id, [photoFile(1)], { position: null });
		const saver = new DraftSaver(db, id);
		saver.change({ notes: 'Izkārtne' });
		saver.change({ notes: 'Izkārtne par platu', checks: { design: 'yes' } });
		await new Promise((resolve) => setTimeout(resolve, 320));
		const row = await db.inspectionDrafts.get(id);
		expect(row).toMatchObject({ notes: 'Izkārtne par platu', checks: { design: 'yes' } });
		expect(row?.photos).toHaveLength(1);
		expect(localStorage.getItem(journalKey(db, id))).toBeNull();
	});

	it('a reload before the write loses nothing: the journal is taken back in', async () => {
		const name = `kopa-test-${randomUUID()}`;
		const id = uuidv7();
		const first = openKopaDb('p', name);
		await openDraft(first, id, 'report', 'riga');
		// Typed, then the tab is gone before the debounce fires (no flush, no IndexedDB write).
		new DraftSaver(first, id, { delayMs: 60_000 }).change({
			description: 'Brīvības iela 40, fasāde',
			position: AT_SITE
		});
		first.close();
		const again = openKopaDb('p', name);
		const row = await openDraft(again, id, 'report', 'riga');
		expect(row).toMatchObject({ description: 'Brīvības iela 40, fasāde', position: AT_SITE });
		expect(await again.inspectionDrafts.get(id)).toMatchObject({ position: AT_SITE });
	});

	it('a sent draft is not changed by a late keystroke', async () => {
		const db = openKopaDb('p', `kopa-test-${randomUUID()}`);
		const id = uuidv7();
		await openDraft(db, id, 'task', 'riga');
		await db.inspectionDrafts.update(id, { sentAt: 1, notes: 'nosūtīts' });
		const saver = new DraftSaver(db, id);
		saver.change({ notes: 'vēlāk' });
		await saver.flush();
		expect((await db.inspectionDrafts.get(id))?.notes).toBe('nosūtīts');
		expect((await openDraft(db, id, 'task', 'riga')).notes).toBe('nosūtīts');
	});
});

describe('photos on the device', () => {
	it('keeps a photo with its bytes and refuses a PDF by name, losing nothing else', async () => {
		const db = openKopaDb('p', `kopa-test-${randomUUID()}`);
		const id = uuidv7();
		await openDraft(db, id, 'task', 'riga');
		const saver = new DraftSaver(db, id);
		saver.change({ notes: 'Piezīme' });
		await saver.flush();
		const pdf = new File(['%PDF-1.4\n%…'], 'bilde.jpg', { type: 'image/jpeg' });
		const out = await takePhotos(db, id, [pdf, photoFile(2)], { position: AT_SITE });
		expect(out.problems).toEqual([
			{ key: 'inspection.form.photo.notPhoto', params: { name: 'bilde.jpg' } }
		]);
		expect(out.added).toHaveLength(1);
		const [taken] = out.added;
		expect(taken).toMatchObject({ sha256: sha(png(2)), mime: 'image/png', position: AT_SITE });
		expect(await db.blobs.get(sha(png(2)))).toMatchObject({ state: 'local', mime: 'image/png' });
		expect(await db.attachments.get(taken?.photoId ?? '')).toMatchObject({ recordId: id });
		const row = await db.inspectionDrafts.get(id);
		expect(row?.notes).toBe('Piezīme');
		expect(row?.photos.map((p) => p.photoId)).toEqual([taken?.photoId]);

		const again = await takePhotos(db, id, [photoFile(2, 'atkal.png')], { position: null });
		expect(again.problems.map((p) => p.key)).toEqual(['inspection.form.photo.duplicate']);

		await removePhoto(db, id, taken?.photoId ?? '');
		expect((await db.inspectionDrafts.get(id))?.photos).toEqual([]);
		expect(await db.blobs.get(sha(png(2)))).toBeUndefined();
		expect(await db.attachments.count()).toBe(0);
	});
});

/** HONEST FIXTURE: a company's sign permit in Rīga being reviewed, as the form stores it. */
const SIGN_PERMIT = {
	applicantType: 'company',
	companyName: 'SIA Ziemeļu Gaismas',
	registrationNumber: '40203123456',
	contactName: 'Jānis Bērziņš',
	email: 'janis@example.lv',
	permitKind: 'sign',
	address: { text: 'Brīvības iela 21, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	width: '2,5',
	height: '0,8',
	lighting: 'yes',
	content: 'Kafejnīcas nosaukums un logotips',
	dateFrom: '2026-12-01',
	dateTo: '2027-11-30'
};

/** The inspector's device and the real server, with uploads through the real PUT handler. */
function world() {
	const server = freshDb();
	const applicationId = insertQueued(server, {
		service: 'advertising-permit',
		status: 'in_review',
		applicantId: 'demo-citizen-liga',
		data: SIGN_PERMIT
	});
	const officer = callerFor(server, 'demo-officer-riga');
	const inspectorId = 'demo-inspector-riga';
	const caller = callerFor(server, inspectorId);
	const person = peopleRepo.findById(server, inspectorId);
	const sync: SyncTransport = {
		push: (input) => caller.sync.push(input),
		pull: (input) => caller.sync.pull(input)
	};
	const upload: UploadTransport = {
		async begin(input) {
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
		async put(hash, offset, chunk) {
			const response = await handleBlobPut(
				server,
				person,
				hash,
				new Request(`http://localhost/api/blob/${hash}`, {
					method: 'PUT',
					headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: String(offset) },
					body: new Uint8Array(await chunk.arrayBuffer())
				})
			);
			return readPutResponse(response);
		}
	};
	const engine = new SyncEngine(openKopaDb(inspectorId, `kopa-test-${randomUUID()}`), sync);
	const uploader = new BlobUploader(engine.db, upload);
	return { server, applicationId, officer, engine, uploader };
}

describe('send, against the real server', () => {
	it('a form with checks missing queues nothing; the whole one arrives with its photos', async () => {
		const w = world();
		const { id } = await w.officer.inspections.schedule({
			municipalityId: 'riga',
			applicationId: w.applicationId,
			followsId: null,
			kind: 'installation',
			inspectorId: 'demo-inspector-riga',
			dueOn: '2026-12-20',
			instructions: 'Fotografēt uzstādīto izkārtni.'
		});
		await w.engine.sync();
		const view = await w.engine.db.inspections.get(id);
		expect(view?.checklist.length).toBeGreaterThan(0);
		if (!view) {
			return;
		}
		const { db } = w.engine;
		await openDraft(db, id, 'task', 'riga');
		await takePhotos(db, id, [photoFile(3), photoFile(4)], { position: AT_SITE });
		const saver = new DraftSaver(db, id);
		saver.change({ checks: { design: 'no' }, result: 'defects', position: AT_SITE });
		await saver.flush();

		const refused = await sendDraft(w.engine, id, view);
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.errors.map((e) => e.field)).toEqual(
			expect.arrayContaining([
				'defectDeadline',
				...view.checklist.slice(1).map((k) => `check-${k}`)
			])
		);
		expect(await db.outbox.count()).toBe(0);
		expect((await db.inspectionDrafts.get(id))?.sentAt).toBeNull();

		const checks = Object.fromEntries(
			view.checklist.map((k) => [k, k === 'design' ? ('no' as const) : ('yes' as const)])
		);
		saver.change({ checks, defectDeadline: '2099-01-15', notes: 'Krāsas atšķiras no skices.' });
		await saver.flush();
		const sent = await sendDraft(w.engine, id, view);
		expect(sent.ok).toBe(true);
		const queued = await db.outbox.orderBy('mutationId').toArray();
		expect(queued.map((row) => row.name)).toEqual([
			'inspection.photo',
			'inspection.photo',
			'inspection.complete'
		]);
		expect(queued[2]?.args).toMatchObject({ taskVersion: view.version, result: 'defects' });
		expect((await db.inspectionDrafts.get(id))?.sentAt).not.toBeNull();
		// Sending twice queues nothing more.
		expect(await sendDraft(w.engine, id, view)).toEqual({ ok: true, mutationIds: [] });

		await w.engine.sync();
		await w.uploader.run();
		await w.engine.sync();
		const seen = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: id });
		expect(seen.status).toBe('done');
		expect(seen.outcome).toMatchObject({ result: 'defects', defectDeadline: '2099-01-15' });
		expect(seen.photos.map((p) => [p.sha256, p.status]).sort()).toEqual(
			[sha(png(3)), sha(png(4))].map((h) => [h, 'present']).sort()
		);
		expect(await db.outbox.count()).toBe(0);
		expect((await db.inspections.get(id))?.status).toBe('done');
	});

	it('a report goes before its photos and comes back as the inspector’s own case', async () => {
		const w = world();
		const { db } = w.engine;
		const id = uuidv7();
		await openDraft(db, id, 'report', 'riga');
		await takePhotos(db, id, [photoFile(5)], { position: AT_SITE });
		const saver = new DraftSaver(db, id);
		saver.change({ description: 'Brīvības iela 40, baneris uz žoga' });
		await saver.flush();
		const missing = await sendDraft(w.engine, id, null);
		expect(!missing.ok && missing.errors).toEqual([
			{ field: 'position', key: 'inspection.form.position.required' }
		]);
		saver.change({ position: AT_SITE });
		await saver.flush();
		expect((await sendDraft(w.engine, id, null)).ok).toBe(true);
		const names = (await db.outbox.orderBy('mutationId').toArray()).map((row) => row.name);
		expect(names).toEqual(['inspection.report', 'inspection.photo']);

		await w.engine.sync();
		await w.uploader.run();
		await w.engine.sync();
		const seen = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: id });
		expect(seen).toMatchObject({
			kind: 'report',
			description: 'Brīvības iela 40, baneris uz žoga'
		});
		expect(seen.photos.map((p) => [p.sha256, p.status])).toEqual([[sha(png(5)), 'present']]);
		expect((await db.inspections.get(id))?.kind).toBe('report');
	});
});

describe('a refused result', () => {
	it('shows the reason, and "correct and send again" keeps everything and sends no photo twice', async () => {
		const sync: SyncTransport = {
			push: () => Promise.reject(new Error('offline')),
			pull: () => Promise.reject(new Error('offline'))
		};
		const engine = new SyncEngine(openKopaDb('p', `kopa-test-${randomUUID()}`), sync);
		const { db } = engine;
		const id = uuidv7();
		const view = {
			id,
			municipalityId: 'riga',
			checklist: ['design'],
			version: 2,
			photos: [],
			status: 'assigned',
			kind: 'installation',
			outcome: null,
			subject: { lat: null, lon: null },
			limits: { maxDistanceMetres: 50, maxAccuracyMetres: 30 }
		} as unknown as InspectionView;
		await openDraft(db, id, 'task', 'riga');
		await takePhotos(db, id, [photoFile(6)], { position: null });
		const saver = new DraftSaver(db, id);
		saver.change({ checks: { design: 'yes' }, result: 'compliant', notes: 'Viss kārtībā' });
		await saver.flush();
		expect((await sendDraft(engine, id, view)).ok).toBe(true);

		// The server took the photo and refused the result (say, the task was given to another).
		const [photoRow, completeRow] = await db.outbox.orderBy('mutationId').toArray();
		await db.outbox.update(photoRow?.mutationId ?? 0, { status: 'applied' });
		await db.outbox.update(completeRow?.mutationId ?? 0, {
			status: 'rejected',
			error: { code: 'FORBIDDEN' }
		});
		const draft = await db.inspectionDrafts.get(id);
		const rows = await db.outbox.toArray();
		expect(draft && sendStatus(draft, rows, view)).toEqual({
			phase: 'refused',
			code: 'FORBIDDEN',
			issues: []
		});

		await reopenDraft(engine, id);
		const reopened = await db.inspectionDrafts.get(id);
		expect(reopened).toMatchObject({
			sentAt: null,
			notes: 'Viss kārtībā',
			checks: { design: 'yes' }
		});
		expect(reopened?.photos).toHaveLength(1);
		expect((await db.outbox.toArray()).map((r) => r.name)).toEqual(['inspection.photo']);

		expect((await sendDraft(engine, id, view)).ok).toBe(true);
		const names = (await db.outbox.orderBy('mutationId').toArray()).map((r) => r.name);
		expect(names).toEqual(['inspection.photo', 'inspection.complete']);
	});
});
