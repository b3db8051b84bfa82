import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/pwa-manifest';

const EN_ENTRY = /\/src\/lib\/i18n\/catalogue-en\.ts$/;
const CATALOGUE_PART = /(\/i18n\/messages|-messages)\.ts$/;
const EN_QUERY = '?lang=en';

/**
 * The catalogue by language (decision 0018). Rollup puts a module in one chunk whole, and a
 * `xxx-messages.ts` holds both languages; so the English entry (catalogue-en.ts) and what it
 * reaches get copies of the catalogue modules under their own id (`?lang=en`). The eager
 * copies use only the Latvian exports and the English copies only the English ones, and
 * tree-shaking drops the other half of each: the first load carries no English text.
 */
function catalogueByLanguage(): Plugin {
	return {
		name: 'kopa:catalogue-by-language',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || !(EN_ENTRY.test(importer) || importer.endsWith(EN_QUERY))) {
				return null;
			}
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			if (!resolved || resolved.external || !CATALOGUE_PART.test(resolved.id)) {
				return resolved;
			}
			return { ...resolved, id: resolved.id + EN_QUERY };
		}
	};
}

export default defineConfig({
	plugins: [
		catalogueByLanguage(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: webManifest,
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					'prerendered/**/*.html'
				]
			},
			devOptions: { enabled: false }
		})
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		pool: 'forks',
		maxWorkers: 2,
		// PDF rendering and property runs take seconds on a loaded 2-core machine; 5 s failed them there.
		testTimeout: 20_000
	}
});
