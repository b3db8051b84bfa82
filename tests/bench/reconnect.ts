import type { Browser, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { goOffline, goOnline } from '../e2e/support/network';
import { signIn, waitForServiceWorker } from '../e2e/support/people';
import { newBenchContext } from './browser';
import {
	childName,
	dbNameOf,
	MUNICIPALITY_PATH,
	START_TEST_ID,
	startDraft,
	STEP_TIMEOUT_MS
} from './draft-ui';
import { probeOf } from './page-probe';

/**
 * Reconnect time: a citizen works offline in several tabs (draft edits saved by the app's
 * own autosave, then photos through the form's file input), closes all but one tab and
 * comes back online. Measured in the page, from the `online` event until the outbox is
 * empty (every change pushed, applied and confirmed by a pull) and every photo uploaded.
 */

export const MUTATIONS = 200;
export const PHOTOS = 10;
export const PHOTO_BYTES = 2 * 1024 * 1024;
/** Tabs typing at once: each autosave waits out its 250 ms debounce, so one tab is slow. */
export const TABS = 4;
const PHOTOS_TIMEOUT_MS = 30_000;
const SYNC_TIMEOUT_MS = 60_000;

export type ReconnectRun = {
	mutations: number;
	photos: number;
	/** Why photos were left out, when they were. */
	photosSkipped: string | null;
	outboxEmptyMs: number;
	syncedMs: number;
};

/** Adding photos was tried and failed part-way: this person's outbox is no longer clean. */
export class PhotosFailed extends Error {}

/** Bytes that start like a JPEG (SOI, APP0/JFIF) and are random after: nothing to decode. */
function jpegLike(size: number): Buffer {
	const buffer = randomBytes(size);
	buffer.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
	return buffer;
}

/** One draft edited `count` times in total (its start included), each edit autosaved. */
async function editOneDraft(page: Page, personId: string, tab: number, count: number) {
	const probe = probeOf(page);
	const db = dbNameOf(personId);
	const recordId = await startDraft(page);
	await probe.waitOutboxRows(db, recordId, { min: 1 }, STEP_TIMEOUT_MS);
	for (let edit = 1; edit < count; edit++) {
		const label = edit % 2 === 1 ? 'Bērna vārds' : 'Bērna uzvārds';
		await page.getByLabel(label, { exact: true }).fill(childName(tab * 1000 + edit));
		// The next edit only after this one is in IndexedDB: one mutation per edit.
		await probe.waitOutboxRows(db, recordId, { min: edit + 1 }, STEP_TIMEOUT_MS);
	}
	return recordId;
}

/**
 * Queues the photos on a draft as proof of a priority ground (the enrolment's file field):
 * opens its priority step, ticks the first ground (one change), chooses the photos (one row
 * each) and the field's answer names them (one more change). Returns how many photos, and
 * the changes besides them; throws PhotosFailed part-way.
 */
async function addPhotos(
	page: Page,
	personId: string,
	recordId: string,
	rowsBefore: number
): Promise<{ photos: number; skipped: string | null; extraChanges: number }> {
	await page.goto(`${MUNICIPALITY_PATH}/education-enrolment/${recordId}/priority`);
	const ground = page.getByRole('group', { name: 'Priekšrocības' }).getByRole('checkbox').first();
	await ground.check({ timeout: STEP_TIMEOUT_MS });
	const probe = probeOf(page);
	await probe.waitOutboxRows(
		dbNameOf(personId),
		recordId,
		{ min: rowsBefore + 1 },
		STEP_TIMEOUT_MS
	);
	const input = page.locator('input[type=file]');
	if ((await input.count()) === 0) {
		return { photos: 0, skipped: 'the priority step shows no file input', extraChanges: 1 };
	}
	await input.first().setInputFiles(
		Array.from({ length: PHOTOS }, (_, i) => ({
			name: `foto-${i + 1}.jpg`,
			mimeType: 'image/jpeg',
			buffer: jpegLike(PHOTO_BYTES)
		}))
	);
	const error = page.locator('[data-testid$="-problem"], [data-testid="attachment-error"]').first();
	const queued = probe.waitOutboxRows(
		dbNameOf(personId),
		recordId,
		// The tick, each photo, and the field's answer naming the photos.
		{ min: rowsBefore + 2 + PHOTOS },
		PHOTOS_TIMEOUT_MS
	);
	const refused = error.waitFor({ timeout: PHOTOS_TIMEOUT_MS }).then(() => error.textContent());
	const outcome = await Promise.race([
		queued.then(() => null),
		refused.then((text) => `the app refused a photo: ${text ?? ''}`)
	]).catch((e: unknown) => `photos not stored: ${e instanceof Error ? e.message : String(e)}`);
	// The loser of the race is still pending; its rejection is of no interest.
	queued.catch(() => undefined);
	refused.catch(() => undefined);
	if (outcome !== null) {
		throw new PhotosFailed(outcome);
	}
	return { photos: PHOTOS, skipped: null, extraChanges: 2 };
}

export async function measureReconnect(
	browser: Browser,
	origin: string,
	personId: string,
	withPhotos: boolean
): Promise<ReconnectRun> {
	const context = await newBenchContext(browser, origin);
	try {
		const page = await context.newPage();
		await signIn(page, personId);
		await page.goto(MUNICIPALITY_PATH);
		await waitForServiceWorker(page);
		const tabs = [page];
		for (let i = 1; i < TABS; i++) {
			const tab = await context.newPage();
			await tab.goto(MUNICIPALITY_PATH);
			tabs.push(tab);
		}
		for (const tab of tabs) {
			await tab.getByTestId(START_TEST_ID).waitFor({ timeout: STEP_TIMEOUT_MS });
		}

		await goOffline(context);
		const perTab = MUTATIONS / TABS;
		const recordIds = await Promise.all(
			tabs.map((tab, i) => editOneDraft(tab, personId, i, perTab))
		);
		const { photos, skipped, extraChanges } = withPhotos
			? await addPhotos(page, personId, recordIds[0] ?? '', perTab)
			: { photos: 0, skipped: 'left out after adding them failed', extraChanges: 0 };

		const probe = probeOf(page);
		const queued = await probe.outboxRows(dbNameOf(personId), null);
		if (queued !== MUTATIONS + extraChanges + photos) {
			throw new Error(
				`outbox holds ${queued} rows, expected ${MUTATIONS} + ${extraChanges} + ${photos}`
			);
		}
		// Back online with one tab, as a phone would be.
		for (const tab of tabs.slice(1)) {
			await tab.close();
		}
		await probe.armOnline();
		await goOnline(context);
		const times = await probe.waitSynced(dbNameOf(personId), photos, SYNC_TIMEOUT_MS);
		return { mutations: MUTATIONS + extraChanges, photos, photosSkipped: skipped, ...times };
	} finally {
		await context.close();
	}
}
