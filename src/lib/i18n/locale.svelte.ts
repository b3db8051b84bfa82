import { formatDateTime, formatDay } from '../domain/date-format';
import { lv } from './messages';

export type Lang = 'lv' | 'en';
const STORAGE_KEY = 'kopa.lang';
type Catalogue = Readonly<Record<string, string>>;

/**
 * Latvian is in the first load; English is its own chunk (decision 0018), fetched once when
 * needed (the service worker precaches it, so this works offline too).
 */
const catalogues: Partial<Record<Lang, Catalogue>> = { lv };
const loaders: Record<Lang, () => Promise<Catalogue>> = {
	lv: () => Promise.resolve(lv),
	en: () => import('./catalogue-en').then((m) => m.en)
};

async function catalogueOf(lang: Lang): Promise<Catalogue> {
	const catalogue = catalogues[lang] ?? (catalogues[lang] = await loaders[lang]());
	return catalogue;
}

/**
 * Whether a language's texts are here. Should its chunk fail to load (offline before the
 * worker had cached it), the page stays in the language it has rather than failing.
 */
async function loaded(lang: Lang): Promise<boolean> {
	try {
		await catalogueOf(lang);
		return true;
	} catch {
		return false;
	}
}

/** Staff-only texts, both languages (src/lib/i18n/staff-messages.ts, decision 0018). */
type StaffTexts = Record<Lang, Catalogue>;
let staffLoad: Promise<StaffTexts> | undefined;

/**
 * The chosen language. A module singleton is right here: it is a browser-only preference
 * (the app renders only in the browser), not per-user server state.
 */
class Locale {
	/** Shown only once its catalogue is here: `ready` before the first render, `set` on the switch. */
	lang = $state<Lang>('lv');
	#saved: Lang =
		typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'lv';

	/** The saved language's catalogue; the root layout's load awaits it, so no key shows. */
	async ready(): Promise<void> {
		if (await loaded(this.#saved)) {
			this.lang = this.#saved;
		}
	}

	async set(lang: Lang): Promise<void> {
		this.#saved = lang;
		// A quicker later switch wins over this one's slower load.
		if (!(await loaded(lang)) || this.#saved !== lang) {
			return;
		}
		localStorage.setItem(STORAGE_KEY, lang);
		this.lang = lang;
		document.documentElement.lang = lang;
	}

	/** Staff texts once loaded; reactive, so a page that asked for them shows them when here. */
	#staff = $state.raw<StaffTexts | null>(null);

	/** Whether the staff texts are here (a link in the header waits for its text). */
	get staffReady(): boolean {
		return this.#staff !== null;
	}

	/**
	 * The staff-only texts: the staff routes' layouts await this before they render, and the
	 * root layout asks for it when the signed-in person has a staff role.
	 */
	async loadStaff(): Promise<void> {
		staffLoad ??= import('./staff-messages').then(
			(m) => ({ lv: m.staffLv, en: m.staffEn }),
			(error: unknown) => {
				staffLoad = undefined; // the next page may try again
				throw error;
			}
		);
		this.#staff = await staffLoad;
	}

	#text(key: string): string | undefined {
		const catalogue: Catalogue = catalogues[this.lang] ?? lv;
		return catalogue[key] ?? this.#staff?.[this.lang][key];
	}

	/** A text by key; unknown keys (e.g. a new server code) fall back to a generic text. */
	t = (key: string, params: Record<string, string | number> = {}): string => {
		const text = this.#text(key) ?? key;
		return fill(text, params);
	};

	/**
	 * A refusal's message: its catalogue text with its parameters. A code the catalogue does
	 * not know (a newer server) reads as the generic sentence, never as the code itself.
	 */
	issue = (issue: { message: string; params?: Record<string, string | number> }): string =>
		this.has(issue.message) ? this.t(issue.message, issue.params) : this.t('error.unexpected');

	has(key: string): boolean {
		return this.#text(key) !== undefined;
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
