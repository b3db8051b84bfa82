import type { ChoiceOption, LocalizedText } from '../types';

/**
 * The kinds of permit Cabinet Regulation No. 732 (2012) and the municipal rules built on it
 * (Rīga, Ropaži, Jēkabpils, Valmiera …) issue: a sign of the business on its own premises, a
 * free-standing object fixed to the ground, an object on a facade, fence or similar without
 * a foundation, advertising on vehicles, short advertising for an event, notices and posters
 * (afišas, sludinājumi), and approval of a new design for an object already permitted.
 */
export const PERMIT_KINDS = [
	'sign',
	'groundObject',
	'nonGroundObject',
	'mobile',
	'temporary',
	'notice',
	'designChange'
] as const;

export type PermitKind = (typeof PERMIT_KINDS)[number];

export function isPermitKind(value: unknown): value is PermitKind {
	return typeof value === 'string' && (PERMIT_KINDS as readonly string[]).includes(value);
}

/** Names as a sentence uses them ("Izkārtne · …"), and as the choice shows them. */
export const KIND_NAMES: Record<PermitKind, LocalizedText> = {
	sign: { lv: 'Izkārtne', en: 'Sign' },
	groundObject: {
		lv: 'Reklāmas objekts ar piesaisti zemei',
		en: 'Advertising object fixed to the ground'
	},
	nonGroundObject: {
		lv: 'Reklāmas objekts bez piesaistes zemei',
		en: 'Advertising object not fixed to the ground'
	},
	mobile: { lv: 'Mobilā reklāma', en: 'Mobile advertising' },
	temporary: { lv: 'Īslaicīga (pasākuma) reklāma', en: 'Temporary (event) advertising' },
	notice: { lv: 'Afiša vai sludinājums', en: 'Poster or notice' },
	designChange: {
		lv: 'Saskaņotā dizaina maiņa',
		en: 'Change of an approved design'
	}
};

const KIND_HINTS: Record<PermitKind, LocalizedText> = {
	sign: {
		lv: 'Uzņēmuma nosaukums vai zīme pie tā telpām',
		en: 'The business’s name or mark at its own premises'
	},
	groundObject: {
		lv: 'Stends, stabs vai cita konstrukcija ar pamatiem',
		en: 'A stand, pillar or other structure with a foundation'
	},
	nonGroundObject: {
		lv: 'Uz fasādes, žoga vai pārvietojama statne',
		en: 'On a facade or fence, or a movable stand'
	},
	mobile: { lv: 'Uz transportlīdzekļa', en: 'On a vehicle' },
	temporary: {
		lv: 'Uz pasākuma laiku, piemēram, baneris vai karogs',
		en: 'For the time of an event, such as a banner or flag'
	},
	notice: {
		lv: 'Uz afišu staba, stenda vai ziņojumu dēļa',
		en: 'On a poster pillar, stand or notice board'
	},
	designChange: {
		lv: 'Jauns grafiskais dizains jau atļautam objektam',
		en: 'A new design for an object that already has a permit'
	}
};

export const KIND_OPTIONS: readonly ChoiceOption[] = PERMIT_KINDS.map((kind) => ({
	value: kind,
	label: KIND_NAMES[kind],
	hint: KIND_HINTS[kind]
}));

export const YES_NO: readonly ChoiceOption[] = [
	{ value: 'yes', label: { lv: 'Jā', en: 'Yes' } },
	{ value: 'no', label: { lv: 'Nē', en: 'No' } }
];
