import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/lib/domain is pure TypeScript imported by the browser and the server (DESIGN.md
 * "Layers"): no Svelte, no stores, no Dexie, Drizzle or I/O, and nothing from the layers
 * above it. A caller passes the locale or the texts in.
 */
const DOMAIN = join(import.meta.dirname, '../../src/lib/domain');
const FORBIDDEN = [
	/\.svelte(\.[jt]s)?$/,
	/^svelte(\/|$)/,
	/^\$app\//,
	/^dexie$/,
	/^drizzle-orm/,
	/^node:/,
	/(^|\/)(i18n|client|components|routes|services)(\/|$)/,
	/(^|\/)server(\/|$)/
];

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

function imports(source: string): string[] {
	return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)].map(
		(match) => match[1] ?? ''
	);
}

describe('the domain layer', () => {
	it('imports nothing from the layers above it, nor stores or I/O', () => {
		const found = files(DOMAIN)
			.filter((file) => file.endsWith('.ts'))
			.flatMap((file) =>
				imports(readFileSync(file, 'utf8'))
					.filter((target) => FORBIDDEN.some((rule) => rule.test(target)))
					.map((target) => `${relative(DOMAIN, file)} → ${target}`)
			);
		expect(found).toEqual([]);
	});

	it('sees the imports it checks (guard against a test that cannot fail)', () => {
		expect(imports("import type { Lang } from '../../i18n/locale.svelte';")).toEqual([
			'../../i18n/locale.svelte'
		]);
		expect(files(DOMAIN).length).toBeGreaterThan(10);
	});
});
