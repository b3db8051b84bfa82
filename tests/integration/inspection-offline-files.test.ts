import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKopaDb } from '../../src/lib/client/db';
import {
	makeAvailableOffline,
	readiness,
	type DownloadProgress
} from '../../src/lib/client/inspections/offline-files';
import { sha256Hex } from '../../src/lib/client/attachments/sha256';
import { freePort } from '../support/server-process';
import { asDesignFile, designFile, pdfBytes, taskView } from './inspection-offline-fixtures';

/**
 * Downloading the design files of open tasks into the device's blob store (Dexie on
 * fake-indexeddb) from a real HTTP server on loopback that answers like /api/blob/<sha256>:
 * in several chunks, with a 404, with bytes that are not the named file, and with a
 * connection that drops mid-file.
 */
const good = designFile(pdfBytes(200_000, 1), 'vairogs.pdf');
const second = designFile(pdfBytes(50_000, 2), 'skats.pdf');
const missing = designFile(pdfBytes(1_000, 3), 'nav.pdf');
const forged = designFile(pdfBytes(2_000, 4), 'viltots.pdf');
const dropped = designFile(pdfBytes(100_000, 5), 'pārtrūkst.pdf');
const signedOut = designFile(pdfBytes(500, 6), 'beigusies.pdf');

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://x');
		requests.push(`${url.pathname}${url.search}`);
		const sha = url.pathname.replace('/api/blob/', '');
		const file = [good, second].find((f) => f.sha256 === sha);
		if (file && url.searchParams.get('attachment') === file.attachmentId) {
			response.writeHead(200, { 'content-type': file.mime });
			// Several writes, so the body arrives as a stream of chunks.
			for (let at = 0; at < file.bytes.length; at += 16_384) {
				response.write(file.bytes.subarray(at, at + 16_384));
			}
			response.end();
		} else if (sha === forged.sha256) {
			response.writeHead(200, { 'content-type': 'application/pdf' });
			response.end(pdfBytes(forged.size, 99));
		} else if (sha === dropped.sha256) {
			response.writeHead(200, { 'content-length': String(dropped.size) });
			response.write(dropped.bytes.subarray(0, 30_000), () => response.destroy());
		} else if (sha === signedOut.sha256) {
			response.writeHead(401, { 'content-type': 'application/json' }).end('{}');
		} else {
			response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
		}
	});
	const port = await freePort();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const freshDevice = () => openKopaDb('demo-inspector-riga', `kopa-test-${randomUUID()}`);

describe('make available offline', () => {
	it('stores every design file of the open tasks, verified, with progress by chunk', async () => {
		const db = freshDevice();
		const a = taskView({ designFiles: [asDesignFile(good)] });
		const b = taskView({ designFiles: [asDesignFile(second), asDesignFile(good)] });
		expect(await readiness(db, a)).toMatchObject({ ready: false, total: 1 });
		const seen: DownloadProgress[] = [];
		const result = await makeAvailableOffline(db, [a, b], {
			baseUrl: base,
			onProgress: (p) => seen.push(p)
		});
		expect(result).toMatchObject({
			filesTotal: 2,
			filesDone: 2,
			bytesTotal: good.size + second.size,
			bytesDone: good.size + second.size,
			failures: []
		});
		// The bar moved within a file, not only between files.
		const during = seen.filter((p) => p.current?.sha256 === good.sha256).map((p) => p.bytesDone);
		expect(new Set(during).size).toBeGreaterThan(2);
		expect(seen.map((p) => p.bytesDone)).toEqual(
			[...seen.map((p) => p.bytesDone)].sort((x, y) => x - y)
		);
		const row = await db.blobs.get(good.sha256);
		expect(row).toMatchObject({ state: 'uploaded', size: good.size, mime: 'application/pdf' });
		expect(await sha256Hex(row!.blob)).toBe(good.sha256);
		expect(await readiness(db, a)).toEqual({ ready: true, total: 1, missing: [] });
		expect(await readiness(db, b)).toMatchObject({ ready: true, total: 2 });
		db.close();
	});

	it('skips files already on the device and fetches nothing for done tasks', async () => {
		const db = freshDevice();
		const open = taskView({ designFiles: [asDesignFile(good)] });
		const done = taskView({ status: 'done', designFiles: [asDesignFile(second)] });
		await makeAvailableOffline(db, [open], { baseUrl: base });
		const before = requests.length;
		const again = await makeAvailableOffline(db, [open, done], { baseUrl: base });
		expect(again).toMatchObject({ filesTotal: 0, bytesTotal: 0, failures: [] });
		expect(requests.length).toBe(before);
		expect(await db.blobs.get(second.sha256)).toBeUndefined();
		db.close();
	});

	it('leaves a file the person added themselves to the upload worker', async () => {
		const db = freshDevice();
		const local = new Blob([good.bytes as Uint8Array<ArrayBuffer>], { type: good.mime });
		await db.blobs.add({
			sha256: good.sha256,
			blob: local,
			size: good.size,
			mime: good.mime,
			state: 'local',
			offset: 0
		});
		const view = taskView({ designFiles: [asDesignFile(good)] });
		expect(await makeAvailableOffline(db, [view], { baseUrl: base })).toMatchObject({
			filesTotal: 0
		});
		expect(await db.blobs.get(good.sha256)).toMatchObject({ state: 'local' });
		db.close();
	});

	it('reports each failing file with its reason and goes on with the rest', async () => {
		const db = freshDevice();
		const view = taskView({
			designFiles: [missing, forged, dropped, signedOut, good].map(asDesignFile)
		});
		const result = await makeAvailableOffline(db, [view], { baseUrl: base });
		expect(result.failures.map((f) => [f.file.filename, f.reason])).toEqual([
			['nav.pdf', 'notFound'],
			['viltots.pdf', 'mismatch'],
			['pārtrūkst.pdf', 'offline'],
			['beigusies.pdf', 'signedOut']
		]);
		expect(result.filesDone).toBe(5);
		// Nothing that failed is kept; the good file is.
		for (const bad of [missing, forged, dropped, signedOut]) {
			expect(await db.blobs.get(bad.sha256)).toBeUndefined();
		}
		expect(await db.blobs.get(good.sha256)).toMatchObject({ state: 'uploaded' });
		const state = await readiness(db, view);
		expect(state.ready).toBe(false);
		expect(state.missing.map((f) => f.filename)).toEqual([
			'nav.pdf',
			'viltots.pdf',
			'pārtrūkst.pdf',
			'beigusies.pdf'
		]);
		db.close();
	});

	it('refuses a body longer than the named file without reading it all', async () => {
		const db = freshDevice();
		// The server sends `good` for this attachment, but the task says it is 1 000 bytes.
		const short = { ...asDesignFile(good), size: 1_000 };
		const result = await makeAvailableOffline(db, [taskView({ designFiles: [short] })], {
			baseUrl: base
		});
		expect(result.failures.map((f) => f.reason)).toEqual(['mismatch']);
		expect(result.bytesDone).toBeLessThanOrEqual(1_000 + 16_384);
		expect(await db.blobs.count()).toBe(0);
		db.close();
	});

	it('says offline when nothing answers, and keeps nothing', async () => {
		const db = freshDevice();
		const nobody = `http://127.0.0.1:${await freePort()}`;
		const result = await makeAvailableOffline(
			db,
			[taskView({ designFiles: [asDesignFile(good)] })],
			{
				baseUrl: nobody
			}
		);
		expect(result.failures.map((f) => f.reason)).toEqual(['offline']);
		expect(await db.blobs.count()).toBe(0);
		db.close();
	});
});
