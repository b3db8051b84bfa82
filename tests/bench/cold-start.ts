import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { goOffline } from '../e2e/support/network';
import { signIn, waitForServiceWorker } from '../e2e/support/people';
import { benchLaunchOptions, preparePages } from './browser';
import { MUNICIPALITY_PATH, startDraft, STEP_TIMEOUT_MS } from './draft-ui';

/**
 * Offline cold start: a browser profile that has used the app once (signed in, a draft
 * started, the service worker installed with its precache) is closed; Chromium starts again
 * on it with no network and the CPU slowed 4× (DevTools' CPU throttling), and one page is
 * opened. The figure is the time from navigation start to the first frame that shows the
 * page's real content: on the home page the list of municipalities (from IndexedDB), on the
 * form step the child's name field holding the draft's value. First contentful paint (the
 * header) is reported beside it. Each run starts Chromium afresh; the median is the figure.
 */

export const CPU_THROTTLE = 4;
const RUNS = 3;
const DRAFT_NAME = 'Aukstaisstarts';

export type Target = 'home' | 'form';
export type ColdStartSample = {
	contentMs: number;
	fcpMs: number | null;
	/** When the shell page had arrived from the service worker (navigation responseEnd). */
	shellMs: number | null;
	/** When the page's scripts had all run (navigation domContentLoadedEventEnd). */
	scriptsMs: number | null;
};
export type ColdStartRun = Record<Target, ColdStartSample[]> & { formPath: string };

type Watch = { target: Target; draftName: string };

/** In every page: notes the first animation frame in which the real content is there. */
function watchContent({ target, draftName }: Watch): void {
	const ready = () => {
		if (target === 'home') {
			return document.querySelector('[data-testid="municipalities"] li') !== null;
		}
		const input = document.getElementById('childGivenName');
		return input instanceof HTMLInputElement && input.value === draftName;
	};
	const state = globalThis as unknown as { kopaContentAt?: number };
	const tick = () => {
		if (ready()) {
			state.kopaContentAt = performance.now();
		} else {
			requestAnimationFrame(tick);
		}
	};
	requestAnimationFrame(tick);
}

const launch = (profile: string, origin: string) =>
	chromium.launchPersistentContext(profile, {
		...benchLaunchOptions,
		baseURL: origin,
		serviceWorkers: 'allow'
	});

const firstPage = async (context: BrowserContext): Promise<Page> =>
	context.pages()[0] ?? (await context.newPage());

/** The first use, online: sign in, start a draft with a name, let the worker install. */
async function useOnce(profile: string, origin: string, personId: string): Promise<string> {
	const context = await launch(profile, origin);
	try {
		await preparePages(context);
		const page = await firstPage(context);
		await signIn(page, personId);
		await page.goto(MUNICIPALITY_PATH);
		const recordId = await startDraft(page);
		await page.getByLabel('Bērna vārds', { exact: true }).fill(DRAFT_NAME);
		// Committed to IndexedDB: the form clears the keystroke journal then.
		await page.waitForFunction(
			(key) => localStorage.getItem(key) === null,
			`kopa.typing.${recordId}`,
			{ timeout: STEP_TIMEOUT_MS }
		);
		const formPath = new URL(page.url()).pathname;
		await page.goto('/');
		await waitForServiceWorker(page);
		await page.locator('[data-testid="municipalities"] li').first().waitFor();
		return formPath;
	} finally {
		await context.close();
	}
}

async function coldOpen(
	profile: string,
	origin: string,
	target: Target,
	path: string
): Promise<ColdStartSample> {
	const context = await launch(profile, origin);
	try {
		await goOffline(context);
		await preparePages(context);
		await context.addInitScript(watchContent, { target, draftName: DRAFT_NAME });
		const page = await firstPage(context);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
		await page.goto(path, { waitUntil: 'commit' });
		await page
			.waitForFunction(
				() => (globalThis as unknown as { kopaContentAt?: number }).kopaContentAt !== undefined,
				undefined,
				{ timeout: STEP_TIMEOUT_MS }
			)
			.catch(async (error: unknown) => {
				const text = (
					await page
						.locator('main')
						.innerText()
						.catch(() => '')
				).slice(0, 300);
				throw new Error(`${target} ${path}: no content offline; main shows "${text}"`, {
					cause: error
				});
			});
		return await page.evaluate(() => {
			const navigation = performance.getEntriesByType('navigation')[0] as
				PerformanceNavigationTiming | undefined;
			return {
				contentMs: (globalThis as unknown as { kopaContentAt: number }).kopaContentAt,
				fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				shellMs: navigation?.responseEnd ?? null,
				scriptsMs: navigation?.domContentLoadedEventEnd ?? null
			};
		});
	} finally {
		await context.close();
	}
}

export async function measureColdStart(
	profile: string,
	origin: string,
	personId: string
): Promise<ColdStartRun> {
	const formPath = await useOnce(profile, origin, personId);
	const run: ColdStartRun = { home: [], form: [], formPath };
	for (let i = 0; i < RUNS; i++) {
		run.home.push(await coldOpen(profile, origin, 'home', '/'));
		run.form.push(await coldOpen(profile, origin, 'form', formPath));
	}
	return run;
}

/** The middle sample by content time. */
export function median(samples: readonly ColdStartSample[]): ColdStartSample {
	const sorted = [...samples].sort((a, b) => a.contentMs - b.contentMs);
	const middle = sorted[Math.floor(sorted.length / 2)];
	if (!middle) {
		throw new Error('no cold-start samples');
	}
	return middle;
}
