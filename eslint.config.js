import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import drizzle from 'eslint-plugin-drizzle';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Browser code may import only types from server/ (DESIGN.md "Layers").
const serverOnlyForBrowser = {
	'@typescript-eslint/no-restricted-imports': [
		'error',
		{
			patterns: [
				{
					group: ['$server/*', '**/server/**', '!**/server/**/*.d.ts'],
					allowTypeImports: true,
					message: 'Browser code may import only types from server/.'
				}
			]
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'drizzle/',
			'test-results/',
			'playwright-report/',
			'tests/.tmp/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		plugins: { drizzle },
		rules: {
			curly: 'error',
			'no-undef': 'off',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/require-await': 'error',
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/button-has-type': 'error',
			// Kopa is always served at the origin's root (no kit.paths.base), so links need no resolve().
			'svelte/no-navigation-without-resolve': 'off',
			'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
			'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		// Browser code: everything under src/ except the server-side entry points.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/hooks.server.ts', 'src/routes/**/+*.server.ts', 'src/routes/**/+server.ts'],
		rules: serverOnlyForBrowser
	},
	{
		// drizzle-kit cannot resolve Kit's aliases: relative imports only in the schema.
		files: ['server/db/schema/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['$*', '$server/*', '$lib/*'], message: 'Relative imports only.' }] }
			]
		}
	},
	{
		// Kit type-checks the service worker apart (it has the webworker lib, not the DOM).
		files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'src/service-worker.ts'],
		...ts.configs.disableTypeChecked
	},
	{
		// Pages and components read and write data through the query modules
		// (src/lib/client/queries/), never Dexie or tRPC themselves (issue 14, decision 0009).
		// This rule replaces the browser rule above for these files, so it repeats it.
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte', 'src/lib/components/**/*.{ts,svelte}'],
		ignores: ['src/routes/**/+*.server.ts', 'src/routes/**/+server.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'dexie', message: 'Read data through $lib/client/queries/.' }],
					patterns: [
						...serverOnlyForBrowser['@typescript-eslint/no-restricted-imports'][1].patterns,
						{
							group: ['$lib/client/db', '**/client/db'],
							allowTypeImports: true,
							message: 'Read data through $lib/client/queries/ (types may be imported).'
						},
						{
							group: ['**/client/trpc'],
							message: 'Call the server through $lib/client/queries/.'
						}
					]
				}
			]
		}
	}
);
