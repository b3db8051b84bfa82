/**
 * The push figures alone (issue 15 items 1 and 3): `npx tsx tests/bench/push-run.ts` from the
 * repository root, with a build present (`npx vite build`). Prints the JSON lines that
 * `npm run bench` prints for push, then the fairness figures.
 */
import './bench-env';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePushFigures } from './push-figures';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main() {
	const tmpDir = join(repoRoot, 'tests', '.tmp', `push-bench-${process.pid}`);
	mkdirSync(tmpDir, { recursive: true });
	process.on('exit', () => rmSync(tmpDir, { recursive: true, force: true }));
	const runs = Number(process.env.PUSH_BENCH_RUNS ?? 3);
	for (const figure of await measurePushFigures(repoRoot, tmpDir, runs)) {
		console.log(JSON.stringify(figure));
	}
}

main().catch((error: unknown) => {
	console.error('push bench failed:', error);
	process.exit(1);
});
