/**
 * The fairness figures alone (issue 15 item 3): `npx tsx tests/bench/fairness-run.ts` from
 * the repository root, with a build present (`npx vite build`).
 */
import './bench-env';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFairness } from './fairness-figures';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main() {
	const tmpDir = join(repoRoot, 'tests', '.tmp', `fairness-${process.pid}`);
	mkdirSync(tmpDir, { recursive: true });
	process.on('exit', () => rmSync(tmpDir, { recursive: true, force: true }));
	for (const figure of await measureFairness(repoRoot, tmpDir)) {
		console.log(JSON.stringify(figure));
	}
}

main().catch((error: unknown) => {
	console.error('fairness bench failed:', error);
	process.exit(1);
});
