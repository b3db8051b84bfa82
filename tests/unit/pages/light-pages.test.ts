import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closureOf, relativeFiles, staticImports } from './static-imports';

/**
 * Heavy parts load only on the pages that use them (issue 15, item 5; decision 0015). The
 * first-load figures themselves come from the benchmark (tests/bench/first-load.ts); these
 * say which module must not come along, so the reason a page grew is named in a test.
 */

const packagesOf = (entries: string[]) => [...closureOf(entries).packages.keys()];

describe('what the service registry loads', () => {
	it('does not load proj4 (grid coordinates belong to the map and office pages)', () => {
		const closure = closureOf(['src/lib/services/registry.ts']);
		expect(relativeFiles(closure).filter((file) => file.includes('lks92'))).toEqual([]);
		expect(packagesOf(['src/lib/services/registry.ts'])).not.toContain('proj4');
	});
});

const FORM = 'src/routes/[municipality=municipality]/[service=service]/[id]';
const PAGES = {
	home: ['src/routes/+layout.svelte', 'src/routes/+page.svelte'],
	'form step': [
		'src/routes/+layout.svelte',
		`${FORM}/+layout.ts`,
		`${FORM}/+layout.svelte`,
		`${FORM}/[step]/+page.svelte`
	]
};

describe.each(Object.entries(PAGES))('the %s page', (_name, entries) => {
	const files = relativeFiles(closureOf(entries));

	it('loads no service whole: not the registry, no definition (the form loads its own)', () => {
		expect(
			files.filter((file) => /services\/(registry|[^/]+\/definition)\.ts$/.test(file))
		).toEqual([]);
	});

	it('does not load proj4', () => {
		expect(packagesOf(entries)).not.toContain('proj4');
	});

	it('loads no staff-only texts and no English catalogue up front (decision 0018)', () => {
		const staffOrEnglish =
			/(staff-messages|catalogue-en|inspection-(list|office|form)-messages|queue-messages)\.ts$/;
		expect(files.filter((file) => staffOrEnglish.test(file))).toEqual([]);
		expect(files).toContain('src/lib/i18n/messages.ts');
	});

	it('does not load the map field with the form (a step with a map loads it)', () => {
		expect(files.filter((file) => file.endsWith('MapPointField.svelte'))).toEqual([]);
	});
});

describe.each(['office', 'admin', 'platform', 'inspections'])('the %s pages', (area) => {
	it('load the staff texts in their layout, before they render', () => {
		const layout = readFileSync(`src/routes/${area}/+layout.ts`, 'utf8');
		expect(layout).toMatch(/await locale\.loadStaff\(\)/);
	});
});

describe('the import reader', () => {
	it('follows static imports and skips types and dynamic imports', () => {
		const source = [
			"import { a } from './a';",
			"import type { B } from './b';",
			"export { c } from './c';",
			"export type { D } from './d';",
			"import './e.css';",
			"const f = () => import('./f');",
			'export { g };'
		].join('\n');
		expect(staticImports(source)).toEqual(['./a', './c', './e.css']);
	});

	it('sees proj4 and the registry where they are used (guard against a test that cannot fail)', () => {
		expect(packagesOf(['src/lib/domain/geo/format.ts'])).toContain('proj4');
		const office = relativeFiles(closureOf(['src/lib/components/OfficeAnswers.svelte']));
		expect(office).toContain('src/lib/services/registry.ts');
		expect(office).toContain('src/lib/services/education-enrolment/definition.ts');
	});
});
