import fontkit from '@pdf-lib/fontkit';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { FONT_FILES, fontDir } from '../../../server/decisions/pdf/fonts';
import { renderDecisionPdf } from '../../../server/decisions/pdf/render-decision';
import { sampleDecision } from './sample';

/** Byte lengths of a TrueType font's glyph records, from its `loca` table. */
function glyphRecordLengths(font: Uint8Array): number[] {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tables = new Map<string, number>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		tables.set(tag, view.getUint32(at + 8));
	}
	const head = tables.get('head') ?? 0;
	const maxp = tables.get('maxp') ?? 0;
	const loca = tables.get('loca') ?? 0;
	const long = view.getInt16(head + 50) === 1;
	const count = view.getUint16(maxp + 4);
	const offset = (i: number) =>
		long ? view.getUint32(loca + 4 * i) : 2 * view.getUint16(loca + 2 * i);
	return Array.from({ length: count }, (_, i) => offset(i + 1) - offset(i));
}

type Embedded = { baseFont: string; bytes: Uint8Array };

/** The TrueType programs embedded in a PDF, with the name each font is given. */
async function embeddedFonts(pdf: Uint8Array): Promise<Embedded[]> {
	const doc = await PDFDocument.load(pdf);
	const found: Embedded[] = [];
	for (const [, obj] of doc.context.enumerateIndirectObjects()) {
		if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) {
			continue;
		}
		const ref = obj.get(PDFName.of('FontFile2'));
		const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
		expect(stream).toBeInstanceOf(PDFRawStream);
		const name = obj.get(PDFName.of('FontName'));
		found.push({
			baseFont: name instanceof PDFName ? name.decodeText() : '',
			bytes: decodePDFRawStream(stream as PDFRawStream).decode()
		});
	}
	return found;
}

describe('decision PDF: the font', () => {
	test('the shipped fonts have only even-length glyph records, so subsets are sound', () => {
		// @pdf-lib/fontkit writes subsets with short `loca` offsets (halved), which loses a byte
		// after any odd-length glyph record and garbles the glyphs after it (fontkit#191).
		for (const file of Object.values(FONT_FILES)) {
			const lengths = glyphRecordLengths(new Uint8Array(readFileSync(join(fontDir(), file))));
			expect(lengths.length).toBeGreaterThan(1000);
			expect(lengths.filter((n) => n % 2 !== 0)).toEqual([]);
		}
	});

	test('both faces are embedded as small subsets whose glyphs are the original outlines', async () => {
		const pdf = await renderDecisionPdf(sampleDecision());
		const fonts = await embeddedFonts(pdf);
		expect(fonts.map((f) => f.baseFont.replace(/-\d+$/, '')).sort()).toEqual([
			'DejaVuSans',
			'DejaVuSans-Bold'
		]);
		// Latvian letters each face prints in the sample: the regular one all of them (the
		// paragraph listing them), the bold one those of the header, headings and labels.
		const letters = { regular: 'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ', bold: 'ĀĒāēģīļņšž' };
		for (const font of fonts) {
			// A subset, not the 700 kB file.
			expect(font.bytes.length).toBeLessThan(40_000);
			const face = font.baseFont.startsWith('DejaVuSans-Bold') ? 'bold' : 'regular';
			const original = fontkit.create(
				new Uint8Array(readFileSync(join(fontDir(), FONT_FILES[face])))
			);
			const subset = fontkit.create(font.bytes);
			expect(subset.numGlyphs).toBeGreaterThan(20);
			expect(subset.numGlyphs).toBeLessThan(120);
			const outlines = new Set(
				Array.from({ length: subset.numGlyphs }, (_, gid) => subset.getGlyph(gid).path.toSVG())
			);
			// A garbled subset holds other (or empty) outlines than the original font's.
			for (const ch of letters[face]) {
				const outline = original.glyphForCodePoint(ch.codePointAt(0) ?? 0).path.toSVG();
				expect(outline).not.toBe('');
				expect(outlines.has(outline), `${face} ${ch}`).toBe(true);
			}
		}
	});

	test('KOPA_PDF_FONT_DIR, when it holds the fonts, is where they are read from', () => {
		const own = fontDir();
		const dir = mkdtempSync(join(tmpdir(), 'kopa-fonts-'));
		try {
			copyFileSync(join(own, FONT_FILES.regular), join(dir, FONT_FILES.regular));
			process.env.KOPA_PDF_FONT_DIR = dir;
			expect(fontDir()).toBe(dir);
			// A directory without the fonts is passed over, not trusted.
			process.env.KOPA_PDF_FONT_DIR = join(dir, 'missing');
			expect(fontDir()).toBe(own);
		} finally {
			delete process.env.KOPA_PDF_FONT_DIR;
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
