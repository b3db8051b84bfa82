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

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ ...launchOptions, headless: true });
}

/**
 * A fresh profile (its own IndexedDB, service worker and cookies) on the app's origin, with
 * the benchmark's IndexedDB probe in every page.
 */
export async function newBenchContext(browser: Browser, origin: string): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
	// tsx (esbuild keepNames) wraps named functions in `__name(...)` calls, which then travel
	// into the page with the probe's source; the page has no such helper of its own.
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	await context.addInitScript(installProbe);
	return context;
}
