import type { KopaDb } from '$lib/client/db';
import type { Live } from '$lib/client/live.svelte';
import { liveUploadedCount } from '$lib/client/queries/files';
import type { InspectionPhoto } from '$lib/domain/inspection';

/** How many of these photos the server has verified (their blobs are 'uploaded'). */
export function uploadedCount(db: () => KopaDb, photos: () => InspectionPhoto[]): Live<number> {
	return liveUploadedCount(db, () => photos().map((p) => p.sha256));
}
