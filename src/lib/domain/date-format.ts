/**
 * How people read dates, everywhere in the UI: the Latvian long form "2026. gada
 * 7. decembris" (as in the notices and decisions), "7 December 2026" in English; a moment
 * in Rīga time with hours and minutes. Month names are our own, not the runtime's, so the
 * browser, Node and tests agree to the letter. In a sentence the nominative needs a colon
 * or a dash before it ("Derīga: 2027. gada 1. septembris – …"), never a preposition.
 */
export type DateLang = 'lv' | 'en';

const LV_MONTHS = [
	'janvāris',
	'februāris',
	'marts',
	'aprīlis',
	'maijs',
	'jūnijs',
	'jūlijs',
	'augusts',
	'septembris',
	'oktobris',
	'novembris',
	'decembris'
];
/** English month names, also the decision PDF's (its Latvian months are in the locative). */
export const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function words(year: number, month: number, day: number, lang: DateLang): string | null {
	const name = (lang === 'lv' ? LV_MONTHS : EN_MONTHS)[month - 1];
	if (!name || day < 1 || day > 31) {
		return null;
	}
	return lang === 'lv' ? `${year}. gada ${day}. ${name}` : `${day} ${name} ${year}`;
}

/** A calendar day (YYYY-MM-DD) in words; anything else is shown as it came. */
export function formatDay(day: string, lang: DateLang): string {
	const match = ISO_DAY.exec(day);
	if (!match) {
		return day;
	}
	return words(Number(match[1]), Number(match[2]), Number(match[3]), lang) ?? day;
}

let riga: Intl.DateTimeFormat | undefined;

/**
 * Made on first use, not at module load: building it (the time-zone data) cost about 58 ms
 * of a throttled offline cold start on pages that show no moment at all (decision 0018).
 */
function rigaFormat(): Intl.DateTimeFormat {
	riga ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Riga',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		hourCycle: 'h23'
	});
	return riga;
}

/** The calendar day and the time in Rīga of a moment (ms since the epoch). */
function inRiga(ms: number): { year: number; month: number; day: number; time: string } {
	const parts = Object.fromEntries(
		rigaFormat()
			.formatToParts(ms)
			.map((p) => [p.type, p.value])
	);
	const two = (value: string | undefined) => (value ?? '').padStart(2, '0');
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		time: `${two(parts.hour)}:${two(parts.minute)}`
	};
}

/** A moment as its day and time in Rīga: "2026. gada 7. decembris, 14:05". */
export function formatDateTime(ms: number, lang: DateLang): string {
	if (!Number.isFinite(ms)) {
		return '';
	}
	const at = inRiga(ms);
	return `${words(at.year, at.month, at.day, lang) ?? ''}, ${at.time}`;
}

/** A moment as its day in Rīga only: "2026. gada 7. decembris". */
export function formatDateOf(ms: number, lang: DateLang): string {
	if (!Number.isFinite(ms)) {
		return '';
	}
	const at = inRiga(ms);
	return words(at.year, at.month, at.day, lang) ?? '';
}
