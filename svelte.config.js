import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { tileOrigin } from './src/lib/components/map/tile-origin.js';

// The map's tile server (PUBLIC_KOPA_MAP_TILES, docs/map.md), read at build time like the
// map's own copy of it: exactly its origin may serve images, nothing wider.
const mapTiles = tileOrigin(process.env.PUBLIC_KOPA_MAP_TILES);

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
		serviceWorker: { register: false },
		// Kit puts hashes (prerendered /shell, as a <meta> tag) or nonces (pages rendered per
		// request, as a header) of its own inline boot script into script-src; nothing else
		// inline may run. server/http/serve.ts adds the parts a <meta> cannot carry
		// (frame-ancestors) and the other security headers to every response.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The service worker (registered through workbox-window) is our own script.
				'worker-src': ['self'],
				'style-src': ['self'],
				// Style *attributes* only: Svelte writes style="" from templates (and app.html
				// has one), which CSP treats as inline. An attribute can restyle an element but
				// cannot run script or load anything (img-src etc. still apply), and <style>
				// elements stay limited to our own files by style-src.
				'style-src-attr': ['unsafe-inline'],
				// Photos are shown from IndexedDB through blob: URLs; icons may be data: URLs;
				// map tiles from the configured tile server only.
				'img-src': ['self', 'blob:', 'data:', ...(mapTiles ? [mapTiles] : [])],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-src': ['none'],
				// Dropped from the <meta> by Kit (browsers ignore it there); kept for the
				// header Kit sends on pages it renders per request.
				'frame-ancestors': ['none']
			}
		},
		// Kit's own check is replaced by server/http/csrf.ts (run from src/hooks.server.ts),
		// which checks every state-changing request and the API, but must let the identity
		// provider POST its answer to exactly one path; Kit's cannot exempt a path. '*' turns
		// Kit's check off (the documented replacement for the deprecated checkOrigin: false).
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
