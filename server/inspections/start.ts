import { getDb } from '../db/client.server';
import { schedulePeriodicInspections } from './periodic';

const SIX_HOURS = 6 * 60 * 60 * 1000;
let timer: ReturnType<typeof setInterval> | null = null;

/**
 * Called once by the server at start (src/hooks.server.ts `init`): makes the periodic
 * inspection tasks now and every six hours (idempotent, so a restart or two servers on one
 * file only check again). Tests call schedulePeriodicInspections themselves.
 */
export function startPeriodicInspections(): void {
	if (timer || process.env.KOPA_PERIODIC_INSPECTIONS === 'off') {
		return;
	}
	const run = () => {
		try {
			schedulePeriodicInspections(getDb(), Date.now());
		} catch (error) {
			// A failed round is retried at the next; it must not take the server down.
			console.error('periodic inspections:', error);
		}
	};
	run();
	timer = setInterval(run, SIX_HOURS);
	timer.unref();
	process.once('sveltekit:shutdown', () => {
		if (timer) {
			clearInterval(timer);
		}
		timer = null;
	});
}
