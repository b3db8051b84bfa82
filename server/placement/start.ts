import { getDb } from '../db/client.server';
import { placementTick } from './scheduler';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
let timer: ReturnType<typeof setInterval> | null = null;

/**
 * Called once by the server at start (src/hooks.server.ts `init`), like the periodic
 * inspections: lapses and reminds offers every quarter hour and runs the nightly rolling
 * rounds. `KOPA_PLACEMENT_SCHEDULER=off` turns it off (tests call placementTick themselves).
 */
export function startPlacementScheduler(): void {
	if (timer || process.env.KOPA_PLACEMENT_SCHEDULER === 'off') {
		return;
	}
	const run = () => {
		try {
			placementTick(getDb(), Date.now());
		} catch (error) {
			// A failed pass is retried at the next; it must not take the server down.
			console.error('placement scheduler:', error);
		}
	};
	run();
	timer = setInterval(run, FIFTEEN_MINUTES);
	timer.unref();
	process.once('sveltekit:shutdown', () => {
		if (timer) {
			clearInterval(timer);
		}
		timer = null;
	});
}
