/**
 * Whether a map may draw tiles now: a tile source is set, the browser is online and no tile
 * has failed since it last came online. Shared by every map that can show tiles, so all
 * fall back to the plain map (and come back) by one rule. Create it while a component
 * initialises: it listens to `online` and `offline` for that component's life.
 */
export class TileSource {
	online = $state(navigator.onLine);
	failed = $state(false);
	/** Tiles loaded so far (tests wait on it through `data-tiles-loaded`). */
	loaded = $state(0);

	constructor() {
		// Back online: try the tiles again.
		$effect(() => {
			const up = () => {
				this.online = true;
				this.failed = false;
			};
			const down = () => (this.online = false);
			window.addEventListener('online', up);
			window.addEventListener('offline', down);
			return () => {
				window.removeEventListener('online', up);
				window.removeEventListener('offline', down);
			};
		});
	}

	usable(template: string | null | undefined): template is string {
		return !!template && this.online && !this.failed;
	}
}
