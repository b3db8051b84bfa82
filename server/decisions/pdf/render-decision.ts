import { TRPCError } from '@trpc/server';
import { PDFDocument } from 'pdf-lib';
import { z } from 'zod';
import { decisionPdfInputSchema, type DecisionDocument } from './decision-input';
import { fontBytes, fontkit, unprintableCharacters } from './fonts';
import { LABELS, LANGUAGE_TAG } from './labels';
import { PageWriter } from './layout';

/**
 * The decision document of an application as a PDF (A4, DejaVu Sans embedded as a subset):
 * municipality header, title and number, the facts, the decision, the officer's conditions or
 * reasons, the permit if one is granted, how to contest, the officer, and a footer with page
 * numbers on every page. See docs/decision-pdf.md.
 *
 * The same input gives the same bytes: the PDF's dates come from the decision date and
 * nothing random is written, so a stored document can be checked by its hash.
 *
 * Input that is not a valid decision (see decision-input.ts), or that has a character the
 * font cannot print, is refused with a BAD_REQUEST whose cause is a ZodError naming the field.
 */
export async function renderDecisionPdf(input: unknown): Promise<Uint8Array> {
	const doc = parseDecision(input);
	const pdf = await PDFDocument.create({ updateMetadata: false });
	pdf.registerFontkit(fontkit);
	const bytes = fontBytes();
	const fonts = {
		regular: await pdf.embedFont(bytes.regular, { subset: true }),
		bold: await pdf.embedFont(bytes.bold, { subset: true })
	};
	const l = LABELS[doc.lang];

	// Noon UTC, so that every viewer's time zone shows the decision's own date.
	const when = new Date(`${doc.date}T12:00:00Z`);
	pdf.setTitle(`${l.title} ${l.number} ${doc.number}: ${doc.serviceTitle}`, {
		showInWindowTitleBar: true
	});
	pdf.setAuthor(doc.municipality.name);
	pdf.setSubject(doc.serviceTitle);
	pdf.setLanguage(LANGUAGE_TAG[doc.lang]);
	pdf.setCreator('Kopa');
	pdf.setProducer('Kopa (pdf-lib)');
	pdf.setCreationDate(when);
	pdf.setModificationDate(when);

	const w = new PageWriter(pdf, fonts);
	writeBody(w, doc);
	w.footers(`${doc.municipality.name} · ${l.title} ${l.number} ${doc.number}`, l.page);
	return pdf.save({ useObjectStreams: true });
}

function writeBody(w: PageWriter, doc: DecisionDocument): void {
	const l = LABELS[doc.lang];
	w.text(doc.municipality.name, { size: 13, bold: true, align: 'center', after: 2 });
	if (doc.municipality.address) {
		w.text(doc.municipality.address, { size: 9, align: 'center' });
	}
	w.gap(6);
	w.rule(22);
	w.text(l.title, { size: 16, bold: true, align: 'center', after: 10 });
	w.split(l.date(doc.date), `${l.number} ${doc.number}`, 10, 10);
	w.text(doc.serviceTitle, { size: 11, bold: true, align: 'center', after: 6 });

	w.heading(l.facts, 11);
	w.row(l.applicant, doc.applicant.name, 10);
	w.row(l.applicantCode, doc.applicant.code, 10);
	w.row(l.application, doc.application.reference, 10);
	w.row(l.submittedOn, l.date(doc.application.submittedOn), 10);
	w.row(l.service, doc.serviceTitle, 10);

	w.heading(l.decision, 11);
	w.text(doc.kind === 'approved' ? l.approved : l.refused, { size: 10, bold: true, after: 4 });

	if (doc.permit) {
		w.heading(l.permit, 11);
		w.row(l.permitNumber, doc.permit.number, 10);
		w.row(l.validity, l.period(l.date(doc.permit.validFrom), l.date(doc.permit.validTo)), 10);
		w.row(l.location, doc.permit.location, 10);
	}

	if (doc.fee) {
		w.heading(l.fee, 11);
		w.row(l.feeAmount, doc.fee.amount, 10);
		if (doc.fee.recipient) {
			w.row(l.payee, doc.fee.recipient, 10);
		}
		if (doc.fee.iban) {
			w.row(l.account, doc.fee.iban, 10);
		}
		w.row(l.reference, doc.fee.reference, 10);
	}

	if (doc.paragraphs.length > 0) {
		w.heading(doc.kind === 'approved' ? l.conditions : l.reasons, 11);
		for (const p of doc.paragraphs) {
			w.text(p, { size: 10, after: 6 });
		}
	}

	w.heading(l.appeal, 11);
	w.text(doc.appealNotice, { size: 10, after: 0 });

	// The signature block stays on one page: position on the left, name on the right.
	w.gap(28);
	w.keep(3 * w.lineHeight(10));
	w.split(doc.officer.position, doc.officer.name, 10);
}

/** Checks the input, then that the font can print every character of it. */
export function parseDecision(input: unknown): DecisionDocument {
	const parsed = decisionPdfInputSchema.safeParse(input);
	if (!parsed.success) {
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: 'decisionPdf.invalid',
			cause: parsed.error
		});
	}
	const issues: z.core.$ZodIssue[] = [];
	forEachString(parsed.data, [], (s, path) => {
		const missing = unprintableCharacters(s);
		if (missing.length > 0) {
			issues.push({
				code: 'custom',
				path,
				message: 'decisionPdf.noGlyph',
				input: missing.join('')
			});
		}
	});
	if (issues.length > 0) {
		// ZodRealError, not ZodError: only the former is an Error, and TRPCError keeps a cause
		// only if it is one (it would wrap a plain ZodError into an UnknownCauseError and the
		// error formatter would lose the field paths).
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: 'decisionPdf.noGlyph',
			cause: new z.ZodRealError(issues)
		});
	}
	return parsed.data;
}

function forEachString(
	value: unknown,
	path: (string | number)[],
	visit: (s: string, path: (string | number)[]) => void
): void {
	if (typeof value === 'string') {
		visit(value, path);
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => forEachString(v, [...path, i], visit));
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			forEachString(v, [...path, k], visit);
		}
	}
}
