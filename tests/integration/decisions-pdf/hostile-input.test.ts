import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DECISION_TEXT_LIMIT } from '../../../server/decisions/pdf/decision-input';
import { renderDecisionPdf } from '../../../server/decisions/pdf/render-decision';
import { extractPdf } from './extract';
import { sampleDecision, sampleRefusal } from './sample';

type Issue = { path: string; message: string };

/** Renders, expecting a refusal: a BAD_REQUEST whose cause names the fields and reasons. */
async function refusal(input: unknown): Promise<Issue[]> {
	const error: unknown = await renderDecisionPdf(input).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(TRPCError);
	const trpc = error as TRPCError;
	expect(trpc.code).toBe('BAD_REQUEST');
	expect(trpc.cause).toBeInstanceOf(z.ZodError);
	return (trpc.cause as z.ZodError).issues.map((i) => ({
		path: i.path.map(String).join('.'),
		message: i.message
	}));
}

describe('decision PDF: refused input', () => {
	test.each([
		['NUL in a name', { applicant: { name: 'Jānis\u0000Bērziņš', code: '1' } }, 'applicant.name'],
		['escape in a paragraph', { paragraphs: ['ok', 'a\u001b[31mb'] }, 'paragraphs.1'],
		[
			'a bidi override in a name',
			{ applicant: { name: 'Anna \u202eSIRAM', code: '1' } },
			'applicant.name'
		],
		['a zero-width space in the number', { number: 'RD-1\u200b7' }, 'number'],
		[
			'a BOM inside the appeal notice',
			{ appealNotice: 'Apstrīdēt\ufeff mēneša laikā.' },
			'appealNotice'
		]
	])('%s is refused as unprintable', async (_, over, path) => {
		expect(await refusal(sampleDecision(over))).toContainEqual({
			path,
			message: 'decisionPdf.unprintable'
		});
	});

	test('characters the font has no glyph for are refused, naming the field', async () => {
		const issues = await refusal(
			sampleDecision({ paragraphs: ['Labi 👍', 'ok'], officer: { name: '李雷', position: 'x' } })
		);
		expect(issues).toEqual([
			{ path: 'paragraphs.0', message: 'decisionPdf.noGlyph' },
			{ path: 'officer.name', message: 'decisionPdf.noGlyph' }
		]);
	});

	test('a refusal without reasons (blank paragraphs only) is refused', async () => {
		expect(await refusal(sampleRefusal({ paragraphs: ['', ' \n\t '] }))).toContainEqual({
			path: 'paragraphs',
			message: 'decisionPdf.reasonsRequired'
		});
	});

	test('inconsistent facts are refused', async () => {
		const permit = { number: 'R-1', validFrom: '2025-05-01', validTo: '2025-04-01', location: 'x' };
		expect(await refusal(sampleRefusal({ permit }))).toContainEqual({
			path: 'permit',
			message: 'decisionPdf.permitOnRefusal'
		});
		expect(await refusal(sampleDecision({ permit }))).toContainEqual({
			path: 'permit.validTo',
			message: 'decisionPdf.validToBeforeFrom'
		});
		expect(
			await refusal(
				sampleDecision({ application: { reference: 'K-1', submittedOn: '2025-03-04' } })
			)
		).toContainEqual({
			path: 'application.submittedOn',
			message: 'decisionPdf.submittedAfterDecision'
		});
	});

	test('wrong shapes, impossible dates, blank names, unknown keys and too much text are refused', async () => {
		for (const input of [null, 'LĒMUMS', 42, [], {}]) {
			expect((await refusal(input)).length).toBeGreaterThan(0);
		}
		expect((await refusal(sampleDecision({ date: '2025-02-30' })))[0]?.path).toBe('date');
		expect(
			await refusal(sampleDecision({ officer: { name: ' \n ', position: 'x' } }))
		).toContainEqual({
			path: 'officer.name',
			message: 'decisionPdf.required'
		});
		expect((await refusal({ ...sampleDecision(), extra: 1 })).length).toBe(1);
		const page = 'Teksts. '.repeat(900);
		const many = Array.from(
			{ length: Math.ceil(DECISION_TEXT_LIMIT / page.length) + 1 },
			() => page
		);
		expect(await refusal(sampleDecision({ paragraphs: many }))).toContainEqual({
			path: 'paragraphs',
			message: 'decisionPdf.tooLong'
		});
		expect((await refusal(sampleDecision({ paragraphs: ['x'.repeat(8_001)] })))[0]?.path).toBe(
			'paragraphs.0'
		);
	});
});

describe('decision PDF: tolerated input', () => {
	test('tabs, CR/LF and runs of spaces are tidied, not refused', async () => {
		const pdf = await extractPdf(
			await renderDecisionPdf(
				sampleDecision({
					applicant: { name: '  Jānis\t\tBērziņš \r\n', code: '010190-*****' },
					paragraphs: ['Pirmā\trinda   ar  atstarpēm.\r\nOtrā rinda.', '\ufeffLabā rinda.']
				})
			)
		);
		expect(pdf.text).toContain('Jānis Bērziņš');
		// A byte-order mark a paste left at the start is whitespace to trim (as String.trim does).
		expect(pdf.text).toContain('Labā rinda.');
		expect(pdf.text).toContain('Pirmā rinda ar atstarpēm.\nOtrā rinda.');
	});

	test('any text either renders or is refused as bad input; nothing else is thrown', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.string({ unit: 'binary', maxLength: 300 }),
				fc.string({ unit: 'grapheme', maxLength: 60 }),
				async (paragraph, name) => {
					const input = sampleDecision({
						paragraphs: [paragraph, 'Pamatojums.'],
						applicant: { name, code: '1' }
					});
					const outcome = await renderDecisionPdf(input).then(
						(bytes) => bytes.length > 0,
						(e: unknown) => e instanceof TRPCError && e.code === 'BAD_REQUEST'
					);
					expect(outcome).toBe(true);
				}
			),
			{ numRuns: 40 }
		);
	});
});
