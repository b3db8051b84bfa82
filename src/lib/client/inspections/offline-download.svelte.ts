import type { InspectionView } from '../../domain/inspection';
import type { KopaDb } from '../db';
import { makeAvailableOffline, type DownloadProgress } from './offline-files';

/**
 * The "make available offline" run as the page shows it: the progress while files arrive
 * and the result after. One run at a time; a second press while it runs does nothing.
 */
export class OfflineDownload {
	progress = $state.raw<DownloadProgress | null>(null);
	running = $state(false);
	/** The last run's result, until the next run starts. */
	result = $state.raw<DownloadProgress | null>(null);
	/** The device store could not be read (not a file's failure: those are in `result`). */
	broken = $state(false);

	async start(db: KopaDb, views: readonly InspectionView[]): Promise<void> {
		if (this.running) {
			return;
		}
		this.running = true;
		this.result = null;
		this.broken = false;
		try {
			this.result = await makeAvailableOffline(db, views, {
				onProgress: (progress) => (this.progress = progress)
			});
		} catch {
			this.broken = true;
		} finally {
			this.running = false;
			this.progress = null;
		}
	}
}
