/**
 * The HTTP figures of issue 15 alone, without the rest of `npm run bench`:
 * `npx tsx tests/bench/http-run.ts [noop] [burst]` (both when none is named). Same JSON lines
 * on stdout as run.ts; everything else on stderr.
 */
import './bench-env';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../support/server-process';
import { runHttpFigures, type HttpFigureKind } from './http-figures';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
	const asked = process.argv.slice(2) as HttpFigureKind[];
	const kinds: HttpFigureKind[] = asked.length > 0 ? asked : ['noop', 'burst'];
	ensureBuild(repoRoot);
	const tmpDir = join(repoRoot, 'tests', '.tmp', `bench-http-${process.pid}`);
	mkdirSync(tmpDir, { recursive: true });
	process.on('exit', () => rmSync(tmpDir, { recursive: true, force: true }));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => process.exit(130));
	}
	for (const figure of await runHttpFigures(repoRoot, tmpDir, kinds)) {
		console.log(JSON.stringify(figure));
	}
}

main().catch((error: unknown) => {
	console.error('bench failed:', error);
	process.exit(1);
});
