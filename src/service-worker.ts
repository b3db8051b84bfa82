/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// The app shell and every built asset, versioned by workbox (injectManifest). The worker
// never holds user data: drafts live in IndexedDB, owned by the page.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page is rendered in the browser, so one cached shell answers every navigation:
// a reload with no network opens the app, not the browser's error page. The API, server
// form actions and the sign-in redirects (/auth/, answered by the server) go to the network.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/shell'), {
		denylist: [/^\/trpc\//, /^\/api\//, /^\/auth\//, /\/__data\.json$/]
	})
);

// A new version waits until the person chooses to update (src/lib/client/app-update.svelte.ts).
self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') {
		void self.skipWaiting();
	}
});
