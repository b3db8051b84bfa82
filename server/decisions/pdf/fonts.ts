import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The decision documents' typeface: DejaVu Sans, regular and bold, kept beside this file
 * (fonts/, with its licence). The files are read once per process.
 *
 * Subsetting is done by @pdf-lib/fontkit, whose TrueType subsetter writes the short `loca`
 * format without padding glyph records; that corrupts any glyph after an odd-length one
 * (cantoo-scribe/pdf-lib#144, foliojs/fontkit#191). DejaVu's glyph records are all of even
 * length, so its subsets are sound; tests/integration/decisions-pdf checks that, so a font
 * swapped in later is checked too.
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export type FontBytes = { regular: Uint8Array; bold: Uint8Array };

let cached: FontBytes | null = null;

/**
 * Where fonts/ is. Next to this module when it runs from source (tsx, vitest); inside the
 * production bundle (build/server/chunks) that path does not exist, so then the source tree
 * in the working directory (`npm start` runs from the repository root), or
 * KOPA_PDF_FONT_DIR when the server runs elsewhere.
 */
export function fontDir(): string {
	const candidates = [
		process.env.KOPA_PDF_FONT_DIR,
		fileURLToPath(new URL('./fonts/', import.meta.url)),
		resolve(process.cwd(), 'server/decisions/pdf/fonts')
	].filter((d): d is string => !!d);
	const found = candidates.find((d) => existsSync(join(d, FONT_FILES.regular)));
	if (!found) {
		throw new Error(`Decision PDF fonts not found; looked in ${candidates.join(', ')}`);
	}
	return found;
}

export function fontBytes(): FontBytes {
	if (!cached) {
		const dir = fontDir();
		cached = {
			regular: new Uint8Array(readFileSync(join(dir, FONT_FILES.regular))),
			bold: new Uint8Array(readFileSync(join(dir, FONT_FILES.bold)))
		};
	}
	return cached;
}

let coverage: { regular: fontkit.Font; bold: fontkit.Font } | null = null;

/**
 * Characters of `s` that one of the two faces has no glyph for (they would print as empty
 * boxes), each once, in order of appearance.
 */
export function unprintableCharacters(s: string): string[] {
	if (!coverage) {
		const bytes = fontBytes();
		coverage = { regular: fontkit.create(bytes.regular), bold: fontkit.create(bytes.bold) };
	}
	const { regular, bold } = coverage;
	const missing = new Set<string>();
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		let printable = printableCache.get(cp);
		if (printable === undefined) {
			// A cmap lookup in both faces is slow enough to matter over 40 000 characters.
			printable =
				cp === 0x0a || (regular.hasGlyphForCodePoint(cp) && bold.hasGlyphForCodePoint(cp));
			if (printableCache.size < 20_000) {
				// Bounded: hostile text full of distinct code points must not grow it forever.
				printableCache.set(cp, printable);
			}
		}
		if (!printable) {
			missing.add(ch);
		}
	}
	return [...missing];
}

const printableCache = new Map<number, boolean>();

export { fontkit };
