/**
 * Only the light-page figures (tests/bench/pages.ts) of `npm run bench`, for working on
 * them: `npx vite build && npx tsx tests/bench/pages-run.ts` from the repository root.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../support/server-process';
import { measurePages } from './pages';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TIME_BUDGET_MS = 240_000;

async function main(): Promise<void> {
	if (resolve(process.cwd()) !== repoRoot) {
		throw new Error(`run from the repository root (${repoRoot})`);
	}
	ensureBuild(repoRoot);
	const tmpDir = join(repoRoot, 'tests', '.tmp', `pages-${process.pid}`);
	mkdirSync(tmpDir, { recursive: true });
	process.on('exit', () => rmSync(tmpDir, { recursive: true, force: true }));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => process.exit(130));
	}
	setTimeout(() => {
		console.error(`bench: over the ${TIME_BUDGET_MS / 1000} s budget, aborting`);
		process.exit(1);
	}, TIME_BUDGET_MS).unref();
	for (const figure of await measurePages(repoRoot, tmpDir)) {
		console.log(JSON.stringify(figure));
	}
}

main().catch((error: unknown) => {
	console.error('bench failed:', error);
	process.exit(1);
});
