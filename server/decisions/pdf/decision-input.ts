import { z } from 'zod';

/**
 * What a decision document says, as the caller (the decision workflow) passes it. Everything
 * here ends up printed in an official document, so text is normalised (NFC, so that "ā" is one
 * character the font has a glyph for; CR/LF and tabs unified) and characters that either
 * cannot be printed or could make the printed text read differently from the stored text
 * (control characters, bidirectional overrides, zero-width characters) are refused.
 *
 * Messages are catalogue keys under `decisionPdf.`; zod's own (too long, required) are mapped
 * by `toIssues` in src/lib/domain/issues.ts.
 */

// C0/C1 controls (after tabs and line breaks were mapped), zero-width characters, bidi
// embeddings/overrides/isolates and the BOM. Non-breaking space stays: Latvian typesetting
// uses it ("Nr. 5", "2025. gada").
const UNPRINTABLE =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

function unify(text: string): string {
	return text
		.normalize('NFC')
		.replace(/\r\n?|[\u2028\u2029]/g, '\n')
		.replace(/[\t\v\f]/g, ' ');
}

/** One line of text (a name, a number): whitespace runs, line breaks included, become a space. */
function line(max: number) {
	return z
		.string()
		.max(max)
		.transform((s) =>
			unify(s)
				.replace(/[ \n]+/g, ' ')
				.trim()
		)
		.pipe(
			z
				.string()
				.min(1, 'decisionPdf.required')
				.refine((s) => !UNPRINTABLE.test(s), 'decisionPdf.unprintable')
		);
}

/**
 * Running text: a line break the officer typed is kept (lists of conditions), spaces are
 * collapsed, and blank lines at either end are dropped. May come out empty.
 */
function text(max: number) {
	return z
		.string()
		.max(max)
		.transform((s) =>
			unify(s)
				.split('\n')
				.map((l) => l.replace(/ +/g, ' ').trim())
				.join('\n')
				.replace(/^\n+|\n+$/g, '')
		)
		.refine((s) => !UNPRINTABLE.test(s), 'decisionPdf.unprintable');
}

const day = z.iso.date();

/** Bounds the document to a few dozen pages, whatever the officer pastes. */
export const DECISION_TEXT_LIMIT = 40_000;

export const decisionPdfInputSchema = z
	.object({
		/** Document language; decisions are in Latvian unless the applicant chose English. */
		lang: z.enum(['lv', 'en']).default('lv'),
		municipality: z.strictObject({ name: line(200), address: line(300).optional() }),
		serviceTitle: line(200),
		kind: z.enum(['approved', 'refused']),
		/** The decision's registration number, e.g. "RD-2025/123". */
		number: line(60),
		/** Date of the decision, YYYY-MM-DD; also the PDF's creation and modification date. */
		date: day,
		applicant: z.strictObject({
			name: line(200),
			/** Personal code or registration number, masked (or not) exactly as the caller wants. */
			code: line(40)
		}),
		application: z.strictObject({ reference: line(80), submittedOn: day }),
		/** The officer's text: conditions of an approval, reasons of a refusal. Blank ones are dropped. */
		paragraphs: z
			.array(text(8_000))
			.max(200)
			.transform((ps) => ps.filter((p) => p !== '')),
		/** Only for an approved permit (advertising): its number, validity and place. */
		permit: z
			.strictObject({
				number: line(60),
				validFrom: day,
				validTo: day,
				location: line(500)
			})
			.optional(),
		/**
		 * An approved permit's fee and how to pay it: the amount as it is to be printed, the
		 * recipient and account from the municipality's settings of the service (absent when
		 * not set), and the reference to quote (the decision number).
		 */
		fee: z
			.strictObject({
				amount: line(40),
				recipient: line(200).optional(),
				iban: line(40).optional(),
				reference: line(60)
			})
			.optional(),
		officer: z.strictObject({ name: line(200), position: line(200) }),
		/** How and where to contest the decision (Administrative Procedure Law: within a month). */
		appealNotice: text(4_000).pipe(z.string().min(1, 'decisionPdf.required'))
	})
	.strict()
	.superRefine((d, ctx) => {
		if (d.kind === 'refused' && d.paragraphs.length === 0) {
			// A refusal must give its reasons (Administrative Procedure Law, section 67).
			ctx.addIssue({
				code: 'custom',
				path: ['paragraphs'],
				message: 'decisionPdf.reasonsRequired'
			});
		}
		if (d.fee && d.kind !== 'approved') {
			ctx.addIssue({ code: 'custom', path: ['fee'], message: 'decisionPdf.permitOnRefusal' });
		}
		if (d.permit && d.kind !== 'approved') {
			ctx.addIssue({ code: 'custom', path: ['permit'], message: 'decisionPdf.permitOnRefusal' });
		}
		if (d.permit && d.permit.validTo < d.permit.validFrom) {
			ctx.addIssue({
				code: 'custom',
				path: ['permit', 'validTo'],
				message: 'decisionPdf.validToBeforeFrom'
			});
		}
		if (d.application.submittedOn > d.date) {
			ctx.addIssue({
				code: 'custom',
				path: ['application', 'submittedOn'],
				message: 'decisionPdf.submittedAfterDecision'
			});
		}
		const total = d.paragraphs.reduce((n, p) => n + p.length, 0);
		if (total > DECISION_TEXT_LIMIT) {
			ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'decisionPdf.tooLong' });
		}
	});

/** What the caller passes (lang may be left out). */
export type DecisionPdfInput = z.input<typeof decisionPdfInputSchema>;
/** The checked, normalised document content. */
export type DecisionDocument = z.output<typeof decisionPdfInputSchema>;
