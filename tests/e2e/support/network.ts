import type { BrowserContext, Route } from '@playwright/test';

const abortServiceWorkerTraffic = (route: Route) =>
	route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();

/**
 * Cuts the network for pages *and* the service worker: `setOffline` alone does not stop
 * the worker's own fetches (microsoft/playwright#2311, SYNC.md T5).
 */
export async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
	await context.route('**/*', abortServiceWorkerTraffic);
}

export async function goOnline(context: BrowserContext): Promise<void> {
	await context.unroute('**/*', abortServiceWorkerTraffic);
	await context.setOffline(false);
}
