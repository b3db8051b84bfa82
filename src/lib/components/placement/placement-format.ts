import { formatDateOf, formatDay } from '../../domain/date-format';
import type { ApplicationPlacement } from '../../domain/placement-views';

type T = (key: string, params?: Record<string, string | number>) => string;
type Lang = 'lv' | 'en';

const LANGUAGES: Record<string, { lv: string; en: string }> = {
	lv: { lv: 'latviešu', en: 'Latvian' },
	en: { lv: 'angļu', en: 'English' },
	ru: { lv: 'krievu', en: 'Russian' },
	pl: { lv: 'poļu', en: 'Polish' },
	uk: { lv: 'ukraiņu', en: 'Ukrainian' }
};

export function languageName(code: string, lang: Lang): string {
	return LANGUAGES[code]?.[lang] ?? code;
}

/** The tie-break value in words (a receipt time, a birth date, a score or the lottery). */
export function tieText(
	tieBreak: ApplicationPlacement['tieBreak'],
	tie: number,
	lang: Lang,
	t: T
): string {
	switch (tieBreak) {
		case 'registration':
			return t('placement.explain.tie.registration', { value: formatDateOf(tie, lang) });
		case 'birthDate':
			return t('placement.explain.tie.birthDate', {
				value: formatDay(new Date(tie * 86_400_000).toISOString().slice(0, 10), lang)
			});
		case 'scoreThenLottery':
			return t('placement.explain.tie.scoreThenLottery', { value: -tie });
		case 'lottery':
			return t('placement.explain.tie.lottery');
	}
}

/** A key [group rank, tie-break, …] in words: "Declared residence; registered 2 March 2026". */
export function keyText(
	view: Pick<ApplicationPlacement, 'groups' | 'tieBreak'>,
	key: readonly number[],
	lang: Lang,
	t: T
): string {
	const [rank = view.groups.length, tie = 0] = key;
	const group = view.groups[rank]?.label[lang] ?? t('placement.explain.noGroup');
	return t('placement.explain.key', { group, tie: tieText(view.tieBreak, tie, lang, t) });
}
