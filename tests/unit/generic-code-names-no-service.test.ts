import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listServices } from '../../src/lib/services/registry';

/**
 * An e-service is a set of capabilities the platform asks the registry for (issue 14, item
 * 2): generic code never names a service. Outside the service's own folder, the registry,
 * seeds and demo data (tests and docs are not scanned), no file may name a registered
 * service's id, a constant holding it, or import from the service's folder.
 */
const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src', 'server'];
const SOURCE = /\.(ts|js|svelte)$/;
/**
 * Files allowed to name services: the registry (with its light half and its loader,
 * decision 0015) and the demo seed.
 */
const ALLOWED = new Set([
	'src/lib/services/registry.ts',
	'src/lib/services/descriptors.ts',
	'src/lib/services/load.ts',
	'server/db/seed.ts',
	'server/db/seed-data.ts'
]);

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The constants a service's folder exports holding its id (`export const X = 'its-id'`). */
function idConstants(id: string): string[] {
	const folder = join(ROOT, 'src/lib/services', id);
	const pattern = new RegExp(String.raw`export const (\w+)\s*=\s*['"\`]${escape(id)}['"\`]`, 'g');
	return filesUnder(folder).flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] as string)
	);
}

/** What names service `id`: its id as a word, its id constants, a path into its folder. */
function namesOf(id: string): RegExp[] {
	return [
		new RegExp(String.raw`(?<![\w-])${escape(id)}(?![\w-])`),
		...idConstants(id).map((name) => new RegExp(String.raw`\b${name}\b`)),
		new RegExp(String.raw`services/${escape(id)}(/|['"\`])`)
	];
}

/** Every place outside the service's own folder that names it: "file: what". */
export function placesNaming(id: string, files: readonly string[]): string[] {
	const own = `src/lib/services/${id}/`;
	const names = namesOf(id);
	return files
		.filter((file) => !file.startsWith(own) && !ALLOWED.has(file))
		.flatMap((file) => {
			const source = readFileSync(join(ROOT, file), 'utf8');
			return names.flatMap((name) => {
				const found = name.exec(source);
				return found ? [`${file}: ${found[0]}`] : [];
			});
		});
}

describe('generic code names no e-service', () => {
	const files = SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir))).map((f) =>
		relative(ROOT, f).split('\\').join('/')
	);

	it('scans the code and knows the registered services', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(listServices().length).toBeGreaterThanOrEqual(2);
	});

	it('finds a service named in generic code (the check itself can fail)', () => {
		const [first] = listServices();
		const probe = `src/lib/services/${first!.id}/descriptor.ts`;
		// Its own folder may name it; the same file seen from outside it may not.
		expect(placesNaming(first!.id, [probe])).toEqual([]);
		expect(
			namesOf(first!.id).some((name) => name.test(readFileSync(join(ROOT, probe), 'utf8')))
		).toBe(true);
	});

	for (const def of listServices()) {
		it(`${def.id} is named only in its folder, the registry and seeds`, () => {
			expect(placesNaming(def.id, files)).toEqual([]);
		});
	}
});
