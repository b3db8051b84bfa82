import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** One line of text as pdf.js reads it from the PDF (through the font's ToUnicode map). */
export type ExtractedItem = { text: string; x: number; y: number; width: number };
export type ExtractedPage = { width: number; items: ExtractedItem[]; text: string };
export type Extracted = { pages: ExtractedPage[]; info: Record<string, unknown>; text: string };

/** Reads a PDF back with pdf.js (what the citizen's browser uses) and returns its text. */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
	// pdf.js takes ownership of (detaches) the buffer it is given; keep the caller's intact.
	const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false });
	const doc = await task.promise;
	try {
		const pages: ExtractedPage[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items = content.items
				.filter((i): i is TextItem => 'str' in i)
				.filter((i) => i.str.trim() !== '')
				.map((i) => ({
					text: i.str,
					x: i.transform[4] as number,
					y: i.transform[5] as number,
					width: i.width
				}));
			pages.push({ width: page.view[2] ?? 0, items, text: items.map((i) => i.text).join('\n') });
		}
		const meta = await doc.getMetadata();
		return {
			pages,
			info: meta.info as Record<string, unknown>,
			text: pages.map((p) => p.text).join('\n')
		};
	} finally {
		await task.destroy();
	}
}
