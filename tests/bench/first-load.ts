import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { signIn } from '../e2e/support/people';
import { newBenchContext } from './browser';
import { MUNICIPALITY_PATH, startDraft } from './draft-ui';

/**
 * First-load JavaScript: every script a page loads from a cold HTTP cache until it is idle
 * (the network quiet for QUIET_MS after `load`), summed as gzip the way the build reports it
 * (each file of the production build compressed on its own). Measured signed in, the heavier
 * case: the home page and the first step (the child) of an enrolment draft, each opened as a
 * fresh page with the HTTP cache off. No service worker: a first visit has none, and its precache of every chunk is
 * not the page's load.
 */

const QUIET_MS = 750;
const IDLE_TIMEOUT_MS = 15_000;

type ScriptSize = { path: string; kb: number };
export type LoadedJs = { kb: number; files: number; largest: ScriptSize[]; all: ScriptSize[] };
export type FirstLoadRun = { home: LoadedJs; form: LoadedJs; formPath: string };

function gzipKb(clientDir: string, path: string): number {
	return gzipSync(readFileSync(join(clientDir, path))).length / 1024;
}

/** Loads `path` in a fresh page and sums the scripts it fetched until idle. */
async function loadedJs(page: Page, path: string, clientDir: string): Promise<LoadedJs> {
	const scripts = new Set<string>();
	let lastRequest = Date.now();
	page.on('request', (request) => {
		lastRequest = Date.now();
		const url = new URL(request.url());
		if (url.pathname.endsWith('.js') && url.pathname.startsWith('/_app/')) {
			scripts.add(url.pathname);
		}
	});
	await page.goto(path, { waitUntil: 'load' });
	const start = Date.now();
	while (Date.now() - lastRequest < QUIET_MS) {
		if (Date.now() - start > IDLE_TIMEOUT_MS) {
			throw new Error(`${path}: still loading after ${IDLE_TIMEOUT_MS} ms`);
		}
		await page.waitForTimeout(50);
	}
	const sizes = [...scripts].map((p) => ({ path: p, kb: gzipKb(clientDir, p) }));
	sizes.sort((a, b) => b.kb - a.kb);
	return {
		kb: sizes.reduce((sum, s) => sum + s.kb, 0),
		files: sizes.length,
		largest: sizes.slice(0, 5),
		all: sizes
	};
}

export async function measureFirstLoad(
	browser: Browser,
	origin: string,
	buildDir: string,
	personId: string
): Promise<FirstLoadRun> {
	const clientDir = join(buildDir, 'client');
	const context = await newBenchContext(browser, origin, { serviceWorkers: 'block' });
	try {
		const setup = await context.newPage();
		await signIn(setup, personId);
		await setup.goto(MUNICIPALITY_PATH);
		await startDraft(setup);
		const formPath = new URL(setup.url()).pathname;
		await setup.close();
		// Each page fresh, with the HTTP cache off: every script it needs is fetched and seen.
		const measure = async (path: string): Promise<LoadedJs> => {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			try {
				return await loadedJs(page, path, clientDir);
			} finally {
				await page.close();
			}
		};
		return { home: await measure('/'), form: await measure(formPath), formPath };
	} finally {
		await context.close();
	}
}
