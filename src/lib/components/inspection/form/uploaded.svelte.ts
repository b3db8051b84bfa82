import type { KopaDb } from '$lib/client/db';
import { Live } from '$lib/client/live.svelte';
import type { InspectionPhoto } from '$lib/domain/inspection';

/** How many of these photos the server has verified (their blobs are 'uploaded'). */
export function uploadedCount(db: () => KopaDb, photos: () => InspectionPhoto[]): Live<number> {
	return new Live(
		async () => {
			const rows = await db().blobs.bulkGet(photos().map((p) => p.sha256));
			return rows.filter((row) => row?.state === 'uploaded').length;
		},
		() =>
			photos()
				.map((p) => p.sha256)
				.join()
	);
}
