import type { Lang } from '$lib/i18n/locale.svelte';

/** "2026. gada 1. decembris" / "1 December 2026": the UI's one date formatter. */
export { formatDay } from '$lib/domain/date-format';

/**
 * Latvian counts agree with the last digit: 1, 21, 101 take the singular ("1 fails"),
 * 11 does not ("11 faili"); English only 1.
 */
export function isSingular(count: number, lang: Lang): boolean {
	return lang === 'lv' ? count % 10 === 1 && count % 100 !== 11 : count === 1;
}

/** "1,2 MB" / "1.2 MB", "340 kB": the download's sizes. */
export function formatBytes(bytes: number, lang: Lang): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [bytes / 1_000, 'kB'];
	const number = new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
	return `${number} ${unit}`;
}
