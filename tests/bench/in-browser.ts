import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startServer, type RunningServer } from '../support/server-process';
import { prepareAppDb } from './bench-db';
import { chromiumPath, launchBrowser } from './browser';
import { measureReconnect, PhotosFailed, PHOTO_BYTES, TABS, type ReconnectRun } from './reconnect';

/**
 * The figures measured in headless Chromium against the production server: reconnect time
 * (autosave latency is with the light-page figures, tests/bench/pages.ts). One server on a fresh seeded database, the demo sign-in on, and the
 * browser on `localhost` (a secure context: service workers and Web Locks work there).
 */

export type Figure = { name: string; value: number; unit: string };

const RECONNECT_PERSON = 'demo-citizen-anna';
/** A second person for a clean run without photos, should adding photos fail part-way. */
const FALLBACK_PERSON = 'demo-citizen-liga';

type Measured = { reconnect: ReconnectRun; reconnectPerson: string };

async function measureAll(browserOrigin: string): Promise<Measured> {
	const browser = await launchBrowser();
	try {
		let reconnectPerson = RECONNECT_PERSON;
		let reconnect: ReconnectRun;
		try {
			reconnect = await measureReconnect(browser, browserOrigin, reconnectPerson, true);
		} catch (error) {
			if (!(error instanceof PhotosFailed)) {
				throw error;
			}
			console.error(`bench: photos skipped (${error.message}); measuring without them`);
			reconnectPerson = FALLBACK_PERSON;
			reconnect = await measureReconnect(browser, browserOrigin, reconnectPerson, false);
		}
		return { reconnect, reconnectPerson };
	} finally {
		await browser.close();
	}
}

/** Proof the reconnect figure is real: the server holds every change once, and the files. */
function checkServer(dbPath: string, personId: string, run: ReconnectRun): void {
	const sqlite = new Database(dbPath, { readonly: true });
	try {
		const results = sqlite
			.prepare(
				`SELECT r.status AS status, count(*) AS n FROM mutation_result r
				JOIN sync_client c ON c.client_id = r.client_id
				WHERE c.person_id = ? GROUP BY r.status`
			)
			.all(personId) as { status: string; n: number }[];
		const applied = results.find((r) => r.status === 'applied')?.n ?? 0;
		const expected = run.mutations + run.photos;
		if (applied !== expected || results.some((r) => r.status !== 'applied')) {
			throw new Error(`server results ${JSON.stringify(results)}, expected ${expected} applied`);
		}
		// Every photo arrived whole: the server marks an attachment present once it has
		// verified the file's bytes against its SHA-256.
		const present = sqlite
			.prepare(
				`SELECT count(*) AS n FROM attachment a JOIN application p ON p.id = a.application_id
				WHERE p.applicant_id = ? AND a.status = 'present'`
			)
			.get(personId) as { n: number };
		if (present.n !== run.photos) {
			throw new Error(`server has ${present.n} photos present, expected ${run.photos}`);
		}
	} finally {
		sqlite.close();
	}
}

export async function measureInBrowser(repoRoot: string, tmpDir: string): Promise<Figure[]> {
	if (!chromiumPath()) {
		console.error('bench: browser figures skipped: Chromium not found (KOPA_CHROMIUM)');
		return [];
	}
	// Its own folder: the server keeps uploaded files in `blobs/` beside the database.
	const dir = join(tmpDir, 'browser');
	mkdirSync(dir, { recursive: true });
	const dbPath = join(dir, 'app.db');
	prepareAppDb(dbPath, []);
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	let server: RunningServer | undefined;
	let measured: Measured;
	try {
		server = await startServer({
			repoRoot,
			dbPath,
			port,
			origin,
			env: { KOPA_DEMO_LOGIN: '1' }
		});
		measured = await measureAll(origin);
	} finally {
		await server?.stop();
	}
	checkServer(dbPath, measured.reconnectPerson, measured.reconnect);
	describe(measured, origin);
	return figures(measured);
}

function figures({ reconnect }: Measured): Figure[] {
	const withPhotos = reconnect.photos > 0;
	const list: Figure[] = [
		{
			name: withPhotos
				? `reconnect_${reconnect.mutations}_mutations_${reconnect.photos}_photos_ms`
				: `reconnect_${reconnect.mutations}_mutations_ms`,
			value: Math.round(reconnect.syncedMs),
			unit: 'ms'
		}
	];
	if (withPhotos) {
		// Data must not wait for files (SYNC.md §1.7): when the changes were all through.
		list.push({
			name: 'reconnect_outbox_empty_ms',
			value: Math.round(reconnect.outboxEmptyMs),
			unit: 'ms'
		});
	}
	return list;
}

/** The human text, on stderr. */
function describe({ reconnect }: Measured, origin: string): void {
	const synced = Math.round(reconnect.syncedMs);
	const queued =
		`${reconnect.mutations} draft edits queued offline through the form ` +
		`(${TABS} tabs, each edit autosaved as one mutation)`;
	if (reconnect.photos > 0) {
		console.error(
			`bench: reconnect, headless Chromium on ${origin}: ${queued} and ${reconnect.photos} ` +
				`photos of ${PHOTO_BYTES / 1024 / 1024} MB (JPEG header, random bytes) through the ` +
				`form's file input, then back online in one tab. From the page's online event, the ` +
				`outbox (the edits and the photos' ${reconnect.photos} attachment mutations) was ` +
				`empty after ${Math.round(reconnect.outboxEmptyMs)} ms and every photo uploaded ` +
				`after ${synced} ms. The server holds each change once and every photo.`
		);
	} else {
		console.error(
			`bench: reconnect, headless Chromium on ${origin}: ${queued}, then back online in ` +
				`one tab; the outbox was empty ${synced} ms after the page's online event. ` +
				`Photo part skipped: ${reconnect.photosSkipped ?? 'unknown reason'}.`
		);
	}
}
