import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { A4, MARGIN } from '../../../server/decisions/pdf/layout';
import { renderDecisionPdf } from '../../../server/decisions/pdf/render-decision';
import { wrapText } from '../../../server/decisions/pdf/wrap';
import { extractPdf, type ExtractedPage } from './extract';
import { sampleDecision } from './sample';

const SENTENCE =
	'Reklāmas devējs nodrošina, ka konstrukcija ir droša, tīra un neaizsedz ceļa zīmes, ' +
	'luksoforus vai gājēju pāreju redzamību; bojājumus novērš triju darba dienu laikā. ';

/** Nothing printed past the right margin, and only the footer below the bottom margin. */
function expectInsideMargins(page: ExtractedPage, footer: RegExp): void {
	const right = A4[0] - MARGIN.right + 0.5;
	for (const item of page.items) {
		expect(item.x, item.text).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
		expect(item.x + item.width, item.text).toBeLessThanOrEqual(right);
		if (item.y < MARGIN.bottom) {
			expect(item.text).toMatch(footer);
		}
	}
}

describe('decision PDF: long text', () => {
	test('long conditions wrap inside the margins and run over numbered pages, in order', async () => {
		const paragraphs = Array.from(
			{ length: 40 },
			(_, i) => `Punkts ${i + 1}. ${SENTENCE.repeat(3)}`
		);
		const pdf = await extractPdf(await renderDecisionPdf(sampleDecision({ paragraphs })));
		const total = pdf.pages.length;
		expect(total).toBeGreaterThanOrEqual(3);
		pdf.pages.forEach((page, i) => {
			expect(page.text).toContain(`${i + 1}. lpp. no ${total}`);
			expectInsideMargins(page, /lpp\. no|Ādažu novada pašvaldība · LĒMUMS/);
		});
		// Every paragraph is there, in order, and the last sections follow them.
		let at = -1;
		for (let i = 1; i <= 40; i++) {
			const next = pdf.text.indexOf(`Punkts ${i}. `);
			expect(next, `Punkts ${i}`).toBeGreaterThan(at);
			at = next;
		}
		expect(pdf.text.indexOf('Apstrīdēšanas kārtība')).toBeGreaterThan(at);
		expect(pdf.pages[total - 1]?.text).toContain('Līga Bērziņa');
	});

	test('the English document numbers its pages "Page n of N"', async () => {
		const paragraphs = Array.from({ length: 30 }, () => SENTENCE.repeat(4));
		const pdf = await extractPdf(
			await renderDecisionPdf(sampleDecision({ lang: 'en', paragraphs }))
		);
		const total = pdf.pages.length;
		expect(total).toBeGreaterThan(1);
		pdf.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${total}`));
	});

	test('a word longer than the line is cut to fit, every letter kept', async () => {
		const word = 'Ž'.repeat(2500);
		const url = `https://example.lv/${'ļoti-gara-adrese/'.repeat(20)}`;
		const pdf = await extractPdf(
			await renderDecisionPdf(sampleDecision({ paragraphs: [word, `Skatīt ${url} beigas`] }))
		);
		const pieces = pdf.pages.flatMap((p) => p.items).filter((i) => /^Ž+$/.test(i.text));
		expect(pieces.length).toBeGreaterThan(10);
		expect(pieces.map((i) => i.text).join('')).toBe(word);
		expect(pdf.text.replace(/\n/g, '')).toContain(url);
		pdf.pages.forEach((page) => expectInsideMargins(page, /lpp\. no|LĒMUMS/));
	});

	test('line breaks the officer typed are kept; blank paragraphs are dropped', async () => {
		const pdf = await extractPdf(
			await renderDecisionPdf(
				sampleDecision({
					paragraphs: ['', '   ', '1) pirmais;\r\n2) otrais;\n\n3) trešais.', '\n\n']
				})
			)
		);
		const lines = pdf.pages[0]?.items.map((i) => i.text) ?? [];
		const first = lines.indexOf('1) pirmais;');
		expect(first).toBeGreaterThan(0);
		expect(lines.slice(first, first + 3)).toEqual(['1) pirmais;', '2) otrais;', '3) trešais.']);
	});
});

describe('wrapText', () => {
	// A monospace measure: every character one unit wide.
	const mono = (t: string) => [...t].length;

	test('greedy: fills lines word by word, keeps hard breaks and non-breaking spaces', () => {
		expect(wrapText('aa bb cc dd', 5, mono)).toEqual(['aa bb', 'cc dd']);
		expect(wrapText('aa\n\nbb', 5, mono)).toEqual(['aa', '', 'bb']);
		expect(wrapText('ab Nr.\u00a05', 6, mono)).toEqual(['ab', 'Nr.\u00a05']);
		expect(wrapText('ab Nr. 5', 6, mono)).toEqual(['ab Nr.', '5']);
		expect(wrapText('abcdefghij x', 4, mono)).toEqual(['abcd', 'efgh', 'ij x']);
	});

	test('never exceeds the width unless a single grapheme is wider, and loses no letter', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'ā', 'Ž', 'ķ', '-', 'W'), minLength: 1 });
		fc.assert(
			fc.property(
				fc.array(word, { maxLength: 30 }),
				fc.integer({ min: 1, max: 25 }),
				(words, width) => {
					const text = words.join(' ');
					const lines = wrapText(text, width, mono);
					for (const line of lines) {
						expect(mono(line)).toBeLessThanOrEqual(width);
						expect(line).toBe(line.trim());
					}
					expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
				}
			)
		);
	});
});
