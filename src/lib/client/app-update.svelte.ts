import { Workbox } from 'workbox-window';
import { unsavedInput } from './unsaved-input.svelte';

/**
 * The service worker's lifecycle as the person sees it: a new version waits until they
 * choose to update, and what they typed is saved before the page reloads. A tab that did
 * not ask is never reloaded; it is told a newer version is active.
 */
class AppUpdate {
	available = $state(false);
	applying = $state(false);
	activeElsewhere = $state(false);
	private workbox: Workbox | null = null;
	private accepted = false;

	register(): void {
		if (!('serviceWorker' in navigator) || this.workbox) {
			return;
		}
		const workbox = new Workbox('/service-worker.js', { scope: '/' });
		workbox.addEventListener('waiting', () => {
			this.available = true;
		});
		workbox.addEventListener('controlling', (event) => {
			if (!event.isUpdate) {
				return;
			}
			if (this.accepted) {
				window.location.reload();
			} else {
				this.activeElsewhere = true;
			}
		});
		void workbox.register();
		// Look for a new version hourly, for tabs left open all day at an office.
		setInterval(() => void workbox.update(), 60 * 60 * 1000);
		this.workbox = workbox;
	}

	async apply(): Promise<void> {
		this.applying = true;
		await unsavedInput.flushAll();
		this.accepted = true;
		this.workbox?.messageSkipWaiting();
	}

	dismiss(): void {
		this.available = false;
	}
}

export const appUpdate = new AppUpdate();
