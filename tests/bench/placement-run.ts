/**
 * `npx tsx tests/bench/placement-run.ts`: only the placement bench (no build, no browser),
 * the same figures `npm run bench` prints for it; progress goes to stderr.
 */
import { measurePlacement } from './placement';

for (const figure of measurePlacement((line) => console.error(line))) {
	console.log(JSON.stringify(figure));
}
