import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from './wrap';

/**
 * A top-to-bottom writer over A4 pages: it keeps the cursor, wraps text to the column, and
 * starts a new page when the next line would enter the bottom margin. Page numbers are drawn
 * afterwards (`footers`), once the number of pages is known. Units are PDF points.
 */
export const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;
// Margins of an official document (Cabinet Regulation No. 916 leaves 30 mm on the left for
// binding); the bottom one holds the footer.
export const MARGIN = { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 25 * MM };
const FOOTER_BASELINE = 12 * MM;
const INK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

export type Fonts = { regular: PDFFont; bold: PDFFont };
export type TextStyle = {
	size: number;
	bold?: boolean;
	align?: 'left' | 'center' | 'right';
	/** Space after the block, in points. */
	after?: number;
};

export class PageWriter {
	readonly pages: PDFPage[] = [];
	private page: PDFPage;
	private y = 0;
	private readonly widths = new Map<string, number>();

	constructor(
		private readonly doc: PDFDocument,
		private readonly fonts: Fonts
	) {
		this.page = this.addPage();
	}

	/** Width of the text column. */
	get width(): number {
		return A4[0] - MARGIN.left - MARGIN.right;
	}

	private addPage(): PDFPage {
		const page = this.doc.addPage(A4);
		this.pages.push(page);
		this.y = A4[1] - MARGIN.top;
		return page;
	}

	/** Starts a new page unless `height` points still fit above the bottom margin. */
	keep(height: number): void {
		if (this.y - height < MARGIN.bottom && this.y < A4[1] - MARGIN.top) {
			this.page = this.addPage();
		}
	}

	gap(points: number): void {
		this.y -= points;
	}

	lineHeight(size: number): number {
		return size * 1.4;
	}

	/** Wrapped text in the full column width. */
	text(text: string, style: TextStyle): void {
		this.column(text, style, MARGIN.left, this.width);
		this.gap(style.after ?? 0);
	}

	/** A bold heading kept on the same page as the first two lines after it. */
	heading(text: string, size: number): void {
		this.gap(size * 0.6);
		this.keep(this.lineHeight(size) + 2 * this.lineHeight(10));
		this.text(text, { size, bold: true, after: size * 0.3 });
	}

	/**
	 * A row of a label (bold, left column) and its value (right column), wrapped each in its
	 * own column and kept together on one page.
	 */
	row(label: string, value: string, size: number): void {
		const labelWidth = this.width * 0.38;
		const gutter = 8;
		const labels = this.wrap(label, labelWidth, size, true);
		const values = this.wrap(value, this.width - labelWidth - gutter, size, false);
		const lines = Math.max(labels.length, values.length);
		this.keep(Math.min(lines, 3) * this.lineHeight(size));
		for (let i = 0; i < lines; i++) {
			this.keep(this.lineHeight(size));
			const baseline = this.y - size;
			this.draw(labels[i] ?? '', MARGIN.left, baseline, size, true);
			this.draw(values[i] ?? '', MARGIN.left + labelWidth + gutter, baseline, size, false);
			this.y -= this.lineHeight(size);
		}
		this.gap(size * 0.25);
	}

	/** Two texts on one line, one at each edge (date and number; position and name). */
	split(left: string, right: string, size: number, after = 0): void {
		const half = this.width / 2 - 6;
		const lefts = this.wrap(left, half, size, false);
		const rights = this.wrap(right, half, size, false);
		const lines = Math.max(lefts.length, rights.length);
		this.keep(lines * this.lineHeight(size));
		for (let i = 0; i < lines; i++) {
			const baseline = this.y - size;
			this.draw(lefts[i] ?? '', MARGIN.left, baseline, size, false);
			const r = rights[i] ?? '';
			const x = MARGIN.left + this.width - this.fonts.regular.widthOfTextAtSize(r, size);
			this.draw(r, x, baseline, size, false);
			this.y -= this.lineHeight(size);
		}
		this.gap(after);
	}

	rule(after: number): void {
		this.page.drawLine({
			start: { x: MARGIN.left, y: this.y },
			end: { x: MARGIN.left + this.width, y: this.y },
			thickness: 0.6,
			color: INK
		});
		this.gap(after);
	}

	/** Footer on every page: what the document is on the left, the page number on the right. */
	footers(left: string, page: (n: number, of: number) => string): void {
		const size = 8;
		const font = this.fonts.regular;
		const leftText = fit(left, this.width * 0.7, (t) => font.widthOfTextAtSize(t, size));
		this.pages.forEach((p, i) => {
			const right = page(i + 1, this.pages.length);
			p.drawText(leftText, { x: MARGIN.left, y: FOOTER_BASELINE, size, font, color: GREY });
			const x = MARGIN.left + this.width - font.widthOfTextAtSize(right, size);
			p.drawText(right, { x, y: FOOTER_BASELINE, size, font, color: GREY });
		});
	}

	private column(text: string, style: TextStyle, x: number, width: number): void {
		const bold = style.bold ?? false;
		const font = bold ? this.fonts.bold : this.fonts.regular;
		for (const line of this.wrap(text, width, style.size, bold)) {
			this.keep(this.lineHeight(style.size));
			const w = font.widthOfTextAtSize(line, style.size);
			const dx =
				style.align === 'center' ? (width - w) / 2 : style.align === 'right' ? width - w : 0;
			this.draw(line, x + dx, this.y - style.size, style.size, bold);
			this.y -= this.lineHeight(style.size);
		}
	}

	private wrap(text: string, width: number, size: number, bold: boolean): string[] {
		const font = bold ? this.fonts.bold : this.fonts.regular;
		// Words recur (and every one is laid out by fontkit to be measured): remember widths.
		return wrapText(text, width, (t) => {
			const key = `${bold ? 'b' : 'r'}${size}|${t}`;
			let w = this.widths.get(key);
			if (w === undefined) {
				w = font.widthOfTextAtSize(t, size);
				this.widths.set(key, w);
			}
			return w;
		});
	}

	private draw(text: string, x: number, y: number, size: number, bold: boolean): void {
		if (text === '') {
			return;
		}
		const font = bold ? this.fonts.bold : this.fonts.regular;
		this.page.drawText(text, { x, y, size, font, color: INK });
	}
}

/** `text`, shortened with an ellipsis if it is wider than `width`. */
function fit(text: string, width: number, measure: (t: string) => number): string {
	if (measure(text) <= width) {
		return text;
	}
	const chars = Array.from(text);
	while (chars.length > 0 && measure(`${chars.join('')}…`) > width) {
		chars.pop();
	}
	return `${chars.join('')}…`;
}
