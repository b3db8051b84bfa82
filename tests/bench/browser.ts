import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import config from '../../playwright.config';
import { installProbe } from './page-probe';

/**
 * Headless Chromium for the browser benchmarks, launched exactly as the end-to-end tests
 * launch it (playwright.config.ts: Debian's Chromium and its argument list).
 */

const launchOptions = config.use?.launchOptions ?? {};

/** The Chromium the config points at, or null when it is not installed here. */
export function chromiumPath(): string | null {
	const path = launchOptions.executablePath;
	return path && existsSync(path) ? path : null;
}

/** The options the browser benchmarks launch Chromium with (persistent profiles too). */
export const benchLaunchOptions = { ...launchOptions, headless: true };

export function launchBrowser(): Promise<Browser> {
	return chromium.launch(benchLaunchOptions);
}

/**
 * A fresh profile (its own IndexedDB, service worker and cookies) on the app's origin, with
 * the benchmark's IndexedDB probe in every page.
 */
export async function newBenchContext(
	browser: Browser,
	origin: string,
	options: { serviceWorkers?: 'allow' | 'block' } = {}
): Promise<BrowserContext> {
	const context = await browser.newContext({
		baseURL: origin,
		serviceWorkers: options.serviceWorkers ?? 'allow'
	});
	// tsx (esbuild keepNames) wraps named functions in `__name(...)` calls, which then travel
	// into the page with the probe's source; the page has no such helper of its own.
	await preparePages(context);
	return context;
}

/** What every page of a benchmark context gets: the tsx helper stand-in and the probe. */
export async function preparePages(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	await context.addInitScript(installProbe);
}
