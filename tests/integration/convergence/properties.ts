import { checkConvergence } from './check-convergence';
import { checkSubmissions } from './check-submissions';
import { checkWrites } from './check-writes';
import { readHistory } from './history';
import type { Scenario } from './schedule';
import { createWorld, simulate } from './simulation';

/**
 * Runs one scenario and returns every violated property, as sentences (empty = all hold).
 * The devices' databases are deleted afterwards, so hundreds of runs fit in memory.
 */
export async function violations(scenario: Scenario): Promise<string[]> {
	const world = createWorld(scenario);
	try {
		await simulate(world, scenario);
		const history = readHistory(world.server);
		return [
			...world.server.unexpected,
			...world.devices.flatMap((d) => [...d.errors, ...d.regressions]),
			...history.problems,
			...(await checkConvergence(world)),
			...checkWrites(history),
			...checkSubmissions(world.server, history)
		];
	} finally {
		for (const device of world.devices) {
			await device.destroy();
		}
	}
}
