/**
 * `npx tsx tests/bench/queue-run.ts`: only the queue bench (no build, no browser), the same
 * figures `npm run bench` prints for it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureQueue } from './queue';

const tmpDir = join(process.cwd(), 'tests', '.tmp', `bench-queue-${process.pid}`);
mkdirSync(tmpDir, { recursive: true });
try {
	for (const figure of measureQueue(tmpDir)) {
		console.log(JSON.stringify(figure));
	}
} finally {
	rmSync(tmpDir, { recursive: true, force: true });
}
