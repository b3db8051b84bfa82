import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { renderDecisionPdf } from '../../../server/decisions/pdf/render-decision';
import { extractPdf } from './extract';
import { LV_LOWER, LV_UPPER, sampleDecision, sampleRefusal } from './sample';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('decision PDF: content', () => {
	test('a Latvian approval reads back with every diacritic letter as written', async () => {
		const pdf = await extractPdf(await renderDecisionPdf(sampleDecision()));
		expect(pdf.pages).toHaveLength(1);
		expect(pdf.text).toContain(`Burti: ${LV_LOWER} ${LV_UPPER}.`);
		for (const letter of [...LV_LOWER, ...LV_UPPER]) {
			expect(pdf.text).toContain(letter);
		}
		for (const expected of [
			'Ādažu novada pašvaldība',
			'LĒMUMS',
			'Nr. ĀND/2025/17',
			'Ķēniņš Žūriņš-Čakste',
			'010190-*****',
			'K-2025-000123',
			'Iesniegumu apmierināt.',
			'Nosacījumi',
			'R-2025-017',
			'Rīgas gatve 5, Ādaži, pie ēkas fasādes',
			'Apstrīdēšanas kārtība',
			'Būvvaldes vadītāja',
			'Līga Bērziņa',
			'1. lpp. no 1'
		]) {
			expect(pdf.text).toContain(expected);
		}
		// Dates are written the Latvian way (the space inside is a non-breaking one).
		expect(pdf.text.replace(/\u00a0/g, ' ')).toContain('2025. gada 3. martā');
	});

	test('an English refusal has the English wording and its reasons, and no permit', async () => {
		const pdf = await extractPdf(await renderDecisionPdf(sampleRefusal()));
		for (const expected of [
			'DECISION',
			'No. ĀND/2025/17',
			'The application is refused.',
			'Reasons',
			'protection zone of a cultural monument',
			'How to contest this decision',
			'Page 1 of 1'
		]) {
			expect(pdf.text).toContain(expected);
		}
		expect(pdf.text.replace(/\u00a0/g, ' ')).toContain('3 March 2025');
		expect(pdf.text).not.toContain('Permit');
	});

	test('document metadata: title, author, language tag, dates from the decision date', async () => {
		const lv = await extractPdf(await renderDecisionPdf(sampleDecision()));
		expect(lv.info).toMatchObject({
			Title: 'LĒMUMS Nr. ĀND/2025/17: Atļauja reklāmas izvietošanai',
			Author: 'Ādažu novada pašvaldība',
			Language: 'lv-LV',
			CreationDate: 'D:20250303120000Z',
			ModDate: 'D:20250303120000Z'
		});
		const en = await extractPdf(await renderDecisionPdf(sampleRefusal()));
		expect(en.info).toMatchObject({ Language: 'en' });
		expect(en.info.Title).toBe('DECISION No. ĀND/2025/17: Atļauja reklāmas izvietošanai');
	});

	test('text typed decomposed (a + combining macron) prints as the composed letter', async () => {
		const decomposed = 'Ga\u0304jums un Ku\u0304ļa iela'.normalize('NFD');
		const pdf = await extractPdf(
			await renderDecisionPdf(sampleDecision({ paragraphs: [decomposed] }))
		);
		expect(pdf.text).toContain('Gājums un Kūļa iela');
	});
});

describe('decision PDF: bytes', () => {
	test('the same input gives the same bytes; another date gives other bytes', async () => {
		const a = await renderDecisionPdf(sampleDecision());
		const b = await renderDecisionPdf(sampleDecision());
		expect(sha256(a)).toBe(sha256(b));
		const c = await renderDecisionPdf(sampleDecision({ date: '2025-03-04' }));
		expect(sha256(c)).not.toBe(sha256(a));
	});

	test('starts as a PDF and stays small: the fonts are subsets, not the 1.4 MB files', async () => {
		const bytes = await renderDecisionPdf(sampleDecision());
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(bytes.length).toBeLessThan(60_000);
	});
});
