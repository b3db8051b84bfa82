import type { Block, MailDocument } from './document';
import { en } from './en';
import { lv } from './lv';
import { zNotification, type NotificationInput } from './schema';

/** A notification ready for sendMail: add `to` (and the outbox's messageId). */
export type RenderedMail = { subject: string; text: string; html: string };

export type RenderResult = { ok: true; mail: RenderedMail } | { ok: false; error: string };

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text as HTML text or attribute value: every value we did not write goes through here. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escaped, with the writer's line breaks kept. */
function escapeLines(value: string): string {
	return escapeHtml(value.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>\n');
}

function blockText(block: Block): string {
	switch (block.type) {
		case 'paragraph':
			return block.text;
		case 'quote': {
			const lines = block.text.replace(/\r\n?/g, '\n').split('\n');
			return [block.label, ...lines.map((line) => (line ? `> ${line}` : '>'))].join('\n');
		}
		case 'facts':
			return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
		case 'action':
			return `${block.label}: ${block.href}`;
	}
}

export function toText(d: MailDocument): string {
	// "-- " (with the space) is the signature separator mail clients recognise and fold away.
	return [d.greeting, ...d.blocks.map(blockText), `-- \n${d.footer}`].join('\n\n') + '\n';
}

const LINK_STYLE = 'color:#0b4f8a;font-weight:bold;text-decoration:underline';
const CELL_STYLE = 'padding:2px 12px 2px 0;vertical-align:top';

function blockHtml(block: Block): string {
	switch (block.type) {
		case 'paragraph':
			return `<p>${escapeHtml(block.text)}</p>`;
		case 'quote':
			return (
				`<p>${escapeHtml(block.label)}</p>\n` +
				`<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #8a8a8a;background:#f4f4f4">${escapeLines(block.text)}</blockquote>`
			);
		case 'facts': {
			const rows = block.rows.map(
				([label, value]) =>
					`<tr><th scope="row" style="${CELL_STYLE};text-align:left;font-weight:normal;color:#444">${escapeHtml(label)}</th>` +
					`<td style="${CELL_STYLE};font-weight:bold">${escapeHtml(value)}</td></tr>`
			);
			return `<table style="border-collapse:collapse;margin:0 0 16px">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
		}
		case 'action':
			// The address is shown too: some readers copy it, and it shows where the link goes.
			return (
				`<p><a href="${escapeHtml(block.href)}" style="${LINK_STYLE}">${escapeHtml(block.label)}</a><br>\n` +
				`<span style="font-size:14px;color:#444;word-break:break-all">${escapeHtml(block.href)}</span></p>`
			);
	}
}

export function toHtml(d: MailDocument): string {
	const article = d.lang === 'lv' ? 'e-pasts' : 'email';
	return [
		'<!DOCTYPE html>',
		`<html lang="${d.lang}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(d.subject)}</title>`,
		'</head>',
		'<body style="margin:0;padding:0;background:#ffffff">',
		// role="article" with a label is how screen readers announce an email's body as a unit.
		`<div role="article" aria-roledescription="${article}" aria-label="${escapeHtml(d.subject)}" lang="${d.lang}" style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
		`<p>${escapeHtml(d.greeting)}</p>`,
		...d.blocks.map(blockHtml),
		'<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0 8px">',
		`<p style="font-size:14px;color:#555555">${escapeHtml(d.footer)}</p>`,
		'</div>',
		'</body>',
		'</html>',
		''
	].join('\n');
}

/**
 * The notification in the recipient's language, as subject, plain text and HTML. Invalid
 * input is answered, not thrown: a notification must never fail the action that caused it.
 */
export function renderNotification(input: NotificationInput): RenderResult {
	const parsed = zNotification.safeParse(input);
	if (!parsed.success) {
		const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'kind'))];
		return { ok: false, error: `Invalid notification: ${fields.join(', ')}` };
	}
	const document = (parsed.data.lang === 'lv' ? lv : en)(parsed.data);
	return {
		ok: true,
		mail: { subject: document.subject, text: toText(document), html: toHtml(document) }
	};
}
