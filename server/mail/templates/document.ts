import type { MailLang, Notification } from './schema';

/**
 * A notification as structure, before it becomes text or HTML: the wording files say what to
 * write, render.ts says how, so both forms of a message always carry the same content and
 * escaping happens in one place.
 */
export type Block =
	| { type: 'paragraph'; text: string }
	/** Someone else's words (the officer's question), kept apart from ours. */
	| { type: 'quote'; label: string; text: string }
	| { type: 'facts'; rows: [label: string, value: string][] }
	| { type: 'action'; label: string; href: string };

export type MailDocument = {
	lang: MailLang;
	subject: string;
	greeting: string;
	blocks: Block[];
	footer: string;
};

/** The wording of one language: a document for each kind of notification. */
export type Wording = (n: Notification) => MailDocument;

/** A Latvian calendar day (YYYY-MM-DD) as words, e.g. "2025. gada 14. marts" / "14 March 2025". */
export function formatDay(day: string, lang: MailLang): string {
	// Noon UTC is the same calendar day in Riga whatever the season.
	return new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}
