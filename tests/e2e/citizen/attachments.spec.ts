import { expect, test, type Page, type Request } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { goOffline, goOnline } from '../support/network';
import { openStep, startEnrolmentAtChild } from '../support/enrolment';
import { signIn, uniqueChildName, waitForServiceWorker } from '../support/people';

// The server's SQLite file (tests/e2e/serve.ts) and its blob folder beside it.
const DB_PATH = `tests/.tmp/e2e-${process.env.KOPA_E2E_PORT ?? 4173}.db`;

/** A JPEG by its magic bytes, random inside: the browser cannot decode it, so it is sent as is. */
function generatedJpeg(size: number): { buffer: Buffer; sha256: string } {
	const buffer = randomBytes(size);
	buffer.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
	return { buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

/** A fresh read of the server's database: what it holds for this file and this application. */
function serverState(sha256: string, recordId: string) {
	const db = new Database(DB_PATH, { readonly: true, fileMustExist: true });
	try {
		const blob = db
			.prepare('select size, received_bytes as received, status, path from blob where sha256 = ?')
			.get(sha256) as { size: number; received: number; status: string; path: string } | undefined;
		const attachments = db
			.prepare('select status from attachment where application_id = ?')
			.all(recordId) as { status: string }[];
		return { blob, attachments: attachments.map((a) => a.status) };
	} finally {
		db.close();
	}
}

/** Uploads of this content still under way on the server, anyone's. */
function pendingUploads(sha256: string): number {
	const db = new Database(DB_PATH, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare('select count(*) as n from blob_upload where sha256 = ?')
			.get(sha256) as { n: number };
		return row.n;
	} finally {
		db.close();
	}
}

function storedFileHash(path: string): string {
	const bytes = readFileSync(join(dirname(DB_PATH), 'blobs', path));
	return createHash('sha256').update(bytes).digest('hex');
}

interface LocalBlob {
	sha256: string;
	size: number;
	mime: string;
	state: string;
	offset: number;
	/** Bytes of the Blob actually kept. */
	stored: number;
}

/** The blobs table of the person's IndexedDB, without the bytes. */
function localBlobs(page: Page, personId: string) {
	return page.evaluate(
		(name) =>
			new Promise<LocalBlob[]>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const all = open.result.transaction('blobs').objectStore('blobs').getAll();
					all.onsuccess = () => {
						const rows = all.result as (Omit<LocalBlob, 'stored'> & { blob: Blob })[];
						resolve(
							rows.map(({ sha256, size, mime, state, offset, blob }) => ({
								sha256,
								size,
								mime,
								state,
								offset,
								stored: blob.size
							}))
						);
						open.result.close();
					};
				};
			}),
		`kopa-${personId}`
	);
}

/** Upload-Offset of each chunk PUT that left the page and was answered. */
function watchChunks(page: Page) {
	const answered: { offset: number; status: number }[] = [];
	page.on('requestfinished', (request: Request) => {
		if (request.method() !== 'PUT' || !request.url().includes('/api/blob/')) {
			return;
		}
		void request.response().then((response) => {
			answered.push({
				offset: Number(request.headers()['upload-offset']),
				status: response?.status() ?? 0
			});
		});
	});
	return answered;
}

/** Each answered chunk began where the previous ended: no byte was sent twice. */
function expectEachByteOnce(offsets: number[]) {
	expect(offsets[0]).toBe(0);
	expect(new Set(offsets).size).toBe(offsets.length);
	expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
	const steps = offsets.slice(1).map((o, i) => o - (offsets[i] ?? 0));
	// Equal steps: every chunk but the last was full, none overlapped.
	expect(new Set(steps).size).toBeLessThanOrEqual(1);
}

/**
 * A new enrolment with the child's name, open at the priority step with a ground ticked:
 * its proof documents (`priorityProof`, a scan or a photo) are the form's file field.
 */
async function startDraft(page: Page, givenName: string): Promise<string> {
	const { id } = await startEnrolmentAtChild(page);
	await page.getByLabel('Bērna vārds').fill(givenName);
	await openStep(page, 'priority');
	await page.getByRole('checkbox', { name: 'Komisijas lēmums par uzņemšanu ārpus kārtas' }).check();
	await expect(page.locator('#priorityProof')).toBeVisible();
	return id;
}

test('a photo added offline survives a reload and is uploaded once on reconnect, hash checked', async ({
	page,
	context
}) => {
	const size = 5 * 1024 * 1024;
	const photo = generatedJpeg(size);
	const chunks = watchChunks(page);

	await signIn(page, 'demo-citizen-anna');
	await page.goto('/riga');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('start-education-enrolment')).toBeVisible();

	await goOffline(context);
	const recordId = await startDraft(page, uniqueChildName('Foto'));
	await page.locator('#priorityProof').setInputFiles({
		name: 'dzimsanas-aplieciba.jpg',
		mimeType: 'image/jpeg',
		buffer: photo.buffer
	});
	const item = page.getByTestId('attachment-item');
	await expect(item).toHaveCount(1);
	await expect(item).toHaveAttribute('data-state', 'local');
	await expect(item).toContainText('dzimsanas-aplieciba.jpg');
	await expect(item).toContainText('Saglabāts šajā ierīcē, vēl nav nosūtīts');

	// Reloaded with no network: the file is still on the device, whole, waiting.
	await page.reload();
	await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'local');
	expect(await localBlobs(page, 'demo-citizen-anna')).toContainEqual({
		sha256: photo.sha256,
		size,
		state: 'local',
		offset: 0,
		mime: 'image/jpeg',
		stored: size
	});
	expect(chunks).toEqual([]);

	await goOnline(context);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
		timeout: 60_000
	});
	await expect(page.getByTestId('attachment-item')).toContainText('Saņemts serverī');

	const server = serverState(photo.sha256, recordId);
	expect(server.blob).toMatchObject({ size, received: size, status: 'complete' });
	expect(server.attachments).toEqual(['present']);
	expect(storedFileHash(server.blob?.path ?? '')).toBe(photo.sha256);
	await expect.poll(() => chunks.length).toBeGreaterThan(0);
	expect(chunks.every((c) => c.status === 204)).toBe(true);
	expectEachByteOnce(chunks.map((c) => c.offset));
});

test.describe('a chunk lost on the way', () => {
	// The page sends the chunks itself; with the worker out of the way page.route sees them.
	test.use({ serviceWorkers: 'block' });

	test('the upload resumes at the server’s offset and every byte arrives once', async ({
		page
	}) => {
		const size = 3 * 1024 * 1024 + 12_345;
		const photo = generatedJpeg(size);
		const forwarded: number[] = [];
		const aborted: number[] = [];
		let seen = 0;
		await page.route('**/api/blob/**', async (route) => {
			const offset = Number(route.request().headers()['upload-offset']);
			seen += 1;
			if (seen === 2) {
				aborted.push(offset);
				await route.abort('connectionreset');
				return;
			}
			forwarded.push(offset);
			await route.fallback();
		});
		const chunks = watchChunks(page);

		await signIn(page, 'demo-citizen-liga');
		await page.goto('/riga');
		const recordId = await startDraft(page, uniqueChildName('Daļa'));
		await page
			.locator('#priorityProof')
			.setInputFiles({ name: 'izziņa.jpg', mimeType: 'image/jpeg', buffer: photo.buffer });
		await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
			timeout: 60_000
		});

		expect(aborted).toHaveLength(1);
		// The retry asked the server where to go on, and went on from exactly there.
		const resumedAt = forwarded.indexOf(aborted[0] ?? -1);
		expect(resumedAt).toBe(1);
		expectEachByteOnce(forwarded);
		await expect.poll(() => chunks.length).toBe(forwarded.length);
		expect(chunks.every((c) => c.status === 204)).toBe(true);

		const server = serverState(photo.sha256, recordId);
		expect(server.blob).toMatchObject({ size, received: size, status: 'complete' });
		expect(server.attachments).toEqual(['present']);
		expect(storedFileHash(server.blob?.path ?? '')).toBe(photo.sha256);
	});
});

test.describe('a file someone else has already sent', () => {
	test.use({ serviceWorkers: 'block' });

	test('is still sent in full by the next person, checked, and stored once', async ({
		page,
		browser,
		baseURL
	}) => {
		const size = 2 * 1024 * 1024 + 777;
		const photo = generatedJpeg(size);

		await signIn(page, 'demo-citizen-anna');
		await page.goto('/riga');
		const annaRecord = await startDraft(page, uniqueChildName('Pirmā'));
		await page
			.locator('#priorityProof')
			.setInputFiles({ name: 'kopija.jpg', mimeType: 'image/jpeg', buffer: photo.buffer });
		await expect(page.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
			timeout: 60_000
		});
		expect(serverState(photo.sha256, annaRecord).attachments).toEqual(['present']);

		// Marta, on her own device, attaches the very same bytes: knowing them is not enough,
		// she sends them, and only her checked bytes make her file received.
		const other = await browser.newContext({ baseURL, serviceWorkers: 'block' });
		try {
			const marta = await other.newPage();
			const chunks = watchChunks(marta);
			await signIn(marta, 'demo-citizen-marta');
			await marta.goto('/riga');
			const martaRecord = await startDraft(marta, uniqueChildName('Otrā'));
			await marta
				.locator('#priorityProof')
				.setInputFiles({ name: 'mana.jpg', mimeType: 'image/jpeg', buffer: photo.buffer });
			await expect(marta.getByTestId('attachment-item')).toHaveAttribute('data-state', 'uploaded', {
				timeout: 60_000
			});
			// 2 MiB + 777 bytes in 1 MiB chunks: three, from offset 0.
			await expect.poll(() => chunks.length).toBe(3);
			expect(chunks.every((c) => c.status === 204)).toBe(true);
			expectEachByteOnce(chunks.map((c) => c.offset));

			const server = serverState(photo.sha256, martaRecord);
			expect(server.attachments).toEqual(['present']);
			expect(server.blob).toMatchObject({ size, received: size, status: 'complete' });
			expect(storedFileHash(server.blob?.path ?? '')).toBe(photo.sha256);
			expect(pendingUploads(photo.sha256)).toBe(0);
		} finally {
			await other.close();
		}
	});
});
