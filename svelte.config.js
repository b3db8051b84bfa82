import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		alias: {
			$server: 'server'
		},
		// Absolute asset paths: the service worker answers every navigation with one cached
		// app shell, so the shell must not depend on the depth of the URL it is served at.
		paths: { relative: false },
		// workbox-window registers the worker (src/lib/client/pwa.ts) so that updates are
		// offered with a prompt and never forced over a form being typed into.
		serviceWorker: { register: false }
	}
};

export default config;
