import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What a module loads with it when it is loaded: the closure of its static imports (not
 * `import type`, not `import()`), followed through our own files (relative and `$lib/`
 * paths); packages are collected by name and not entered. Read from the source, as the
 * bundler sees it, so a test can say "this page does not load that".
 */

export const ROOT = resolve(import.meta.dirname, '../../..');
const SRC_LIB = join(ROOT, 'src/lib');
const EXTENSIONS = ['', '.ts', '.svelte', '.svelte.ts', '.js', '/index.ts'];

export function staticImports(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(
		/(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s+)?'([^']+)'/g
	)) {
		const [, keyword, typeOnly, clause, target] = match;
		// `export { x }` without `from` is not an import; `import type` and
		// `export type … from` vanish from the build.
		if (!target || typeOnly || (keyword === 'export' && !clause)) {
			continue;
		}
		found.push(target);
	}
	return found;
}

function resolveFile(from: string, target: string): string | null {
	const base = target.startsWith('$lib/')
		? join(SRC_LIB, target.slice('$lib/'.length))
		: target.startsWith('.')
			? resolve(dirname(from), target)
			: null;
	if (base === null) {
		return null;
	}
	for (const extension of EXTENSIONS) {
		const candidate =
			extension === '.ts' && base.endsWith('.js') ? base.slice(0, -3) + '.ts' : base + extension;
		if (existsSync(candidate) && statSync(candidate).isFile()) {
			return candidate;
		}
	}
	throw new Error(`cannot resolve ${target} from ${relative(ROOT, from)}`);
}

export type Closure = { files: Set<string>; packages: Map<string, string> };

/** Every file and package `entries` load statically; packages with the file that first asked. */
export function closureOf(entries: readonly string[]): Closure {
	const files = new Set<string>();
	const packages = new Map<string, string>();
	const stack = entries.map((entry) => join(ROOT, entry));
	for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
		if (files.has(file)) {
			continue;
		}
		files.add(file);
		if (file.endsWith('.json') || file.endsWith('.css')) {
			continue;
		}
		for (const target of staticImports(readFileSync(file, 'utf8'))) {
			if (target.startsWith('$app/') || target.startsWith('$env/') || target.endsWith('.css')) {
				continue;
			}
			const resolved = resolveFile(file, target);
			if (resolved) {
				stack.push(resolved);
			} else if (!packages.has(target)) {
				packages.set(target, relative(ROOT, file));
			}
		}
	}
	return { files, packages };
}

/** The files of a closure, relative to the repository, for readable failures. */
export const relativeFiles = (closure: Closure) =>
	[...closure.files].map((file) => relative(ROOT, file));
