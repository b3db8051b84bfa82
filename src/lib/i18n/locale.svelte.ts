import { formatDateTime, formatDay } from '../domain/date-format';
import { en, lv, type MessageKey } from './messages';

export type Lang = 'lv' | 'en';
const STORAGE_KEY = 'kopa.lang';
const catalogues: Record<Lang, Record<MessageKey, string>> = { lv, en };

/**
 * The chosen language. A module singleton is right here: it is a browser-only preference
 * (the app renders only in the browser), not per-user server state.
 */
class Locale {
	lang = $state<Lang>('lv');

	constructor() {
		if (typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'en') {
			this.lang = 'en';
		}
	}

	set(lang: Lang) {
		this.lang = lang;
		localStorage.setItem(STORAGE_KEY, lang);
		document.documentElement.lang = lang;
	}

	/** A text by key; unknown keys (e.g. a new server code) fall back to a generic text. */
	t = (key: string, params: Record<string, string | number> = {}): string => {
		const catalogue = catalogues[this.lang];
		const text = (catalogue as Record<string, string>)[key] ?? key;
		return fill(text, params);
	};

	/**
	 * A refusal's message: its catalogue text with its parameters. A code the catalogue does
	 * not know (a newer server) reads as the generic sentence, never as the code itself.
	 */
	issue = (issue: { message: string; params?: Record<string, string | number> }): string =>
		this.has(issue.message) ? this.t(issue.message, issue.params) : this.t('error.unexpected');

	has(key: string): boolean {
		return key in catalogues[this.lang];
	}

	/** A moment in Rīga time, the one way dates read in the UI (src/lib/domain/date-format). */
	formatDateTime(ms: number): string {
		return formatDateTime(ms, this.lang);
	}

	/** A calendar day (YYYY-MM-DD) in words: "2027. gada 1. septembris". */
	formatDay(day: string): string {
		return formatDay(day, this.lang);
	}
}

export const locale = new Locale();

/**
 * A catalogue text with its parameters. A part in `[[…]]` is kept only when every
 * parameter it names is given: "Teksts ir par garu[[: ne vairāk kā {max} rakstzīmju]]."
 * reads whole with the limit and still as a sentence where a caller has only the key.
 */
export function fill(text: string, params: Record<string, string | number>): string {
	const given = (part: string) =>
		[...part.matchAll(/\{(\w+)\}/g)].every((m) => params[m[1] ?? ''] !== undefined);
	return text
		.replace(/\[\[(.*?)\]\]/g, (_, part: string) => (given(part) ? part : ''))
		.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
