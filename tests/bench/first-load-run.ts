/**
 * Only the first-load figures of tests/bench/pages.ts, for cutting bytes step by step
 * without the minutes of cold starts: `npx vite build && npx tsx tests/bench/first-load-run.ts`.
 * Prints each page's total and every script it loaded (gzip KB), largest first.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startServer } from '../support/server-process';
import { prepareAppDb } from './bench-db';
import { launchBrowser } from './browser';
import { measureFirstLoad } from './first-load';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
	const dir = join(repoRoot, 'tests', '.tmp', `first-load-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
	const dbPath = join(dir, 'app.db');
	prepareAppDb(dbPath, []);
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const server = await startServer({
		repoRoot,
		dbPath,
		port,
		origin,
		env: { KOPA_DEMO_LOGIN: '1' }
	});
	const browser = await launchBrowser();
	try {
		const run = await measureFirstLoad(
			browser,
			origin,
			join(repoRoot, 'build'),
			'demo-citizen-anna'
		);
		for (const [name, loaded] of [
			['home', run.home],
			['form', run.form]
		] as const) {
			console.log(`${name}: ${loaded.kb.toFixed(1)} KB gzip in ${loaded.files} files`);
			for (const file of loaded.all) {
				console.log(`  ${file.kb.toFixed(1)}  ${file.path}`);
			}
		}
	} finally {
		await browser.close();
		await server.stop();
	}
}

void main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
