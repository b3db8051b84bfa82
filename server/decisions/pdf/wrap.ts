/**
 * Greedy word wrapping for the decision PDF. Widths come from the embedded font
 * (`PDFFont.widthOfTextAtSize`), passed in as `measure`, so this stays pure and testable.
 *
 * A line break in the text is kept. Words are split on ordinary spaces only: a non-breaking
 * space (U+00A0) holds "Nr. 5" or "2025. gada" together, as Latvian typesetting expects. A
 * word wider than the whole line (a long URL, a pasted hash) is cut between graphemes, so
 * nothing runs past the margin and nothing is lost.
 */
export type Measure = (text: string) => number;

const graphemes = new Intl.Segmenter('lv', { granularity: 'grapheme' });

export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
	const lines: string[] = [];
	for (const hardLine of text.split('\n')) {
		wrapLine(hardLine, maxWidth, measure, lines);
	}
	return lines;
}

// Widths are summed word by word: pdf-lib measures a string as the sum of its glyphs' advance
// widths (no kerning), and no ligature crosses a space, so the sum equals the whole line's
// width while each word is laid out once instead of once per candidate line.
function wrapLine(text: string, maxWidth: number, measure: Measure, out: string[]): void {
	const words = text.split(' ').filter((w) => w !== '');
	if (words.length === 0) {
		out.push('');
		return;
	}
	const space = measure(' ');
	let current = '';
	let width = 0;
	for (const word of words) {
		const w = measure(word);
		if (current !== '' && width + space + w <= maxWidth) {
			current += ` ${word}`;
			width += space + w;
			continue;
		}
		if (current !== '') {
			out.push(current);
		}
		if (w <= maxWidth) {
			current = word;
			width = w;
			continue;
		}
		const pieces = breakWord(word, maxWidth, measure);
		out.push(...pieces.slice(0, -1).map((p) => p.text));
		const last = pieces[pieces.length - 1] ?? { text: '', width: 0 };
		current = last.text;
		width = last.width;
	}
	if (current !== '') {
		out.push(current);
	}
}

/** Cuts one over-long word into pieces that each fit (at least one grapheme per piece). */
function breakWord(
	word: string,
	maxWidth: number,
	measure: Measure
): { text: string; width: number }[] {
	const pieces: { text: string; width: number }[] = [];
	let piece = { text: '', width: 0 };
	for (const { segment } of graphemes.segment(word)) {
		const w = measure(segment);
		if (piece.text !== '' && piece.width + w > maxWidth) {
			pieces.push(piece);
			piece = { text: '', width: 0 };
		}
		piece = { text: piece.text + segment, width: piece.width + w };
	}
	pieces.push(piece);
	return pieces;
}
