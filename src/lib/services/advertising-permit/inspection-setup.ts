import type { InspectionSetup, LocalizedText } from '../types';
import { PERMIT_KINDS, isPermitKind, type PermitKind } from './kinds';
import type { PermitSettings } from './settings';

/**
 * What a municipality's permit settings say about field inspections (issue 7): which checks
 * an inspector answers for each kind of permit, how far from the permitted point and how
 * poor a position fix may be before the form warns, and how often issued permits are
 * inspected. The settings live in the permit's `inspection` block (settings.ts); the server
 * copies `inspectionSetup` into each task it makes, so a device offline has it with the task.
 */

/** What an inspector may be asked to check; a municipality picks the list per permit kind. */
export const CHECK_KEYS = [
	'design',
	'dimensions',
	'position',
	'mounting',
	'lighting',
	'permitNumber'
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

/** The check as the inspector's form and the admin page name it: a short yes/no question. */
export const CHECK_NAMES: Record<CheckKey, LocalizedText> = {
	design: { lv: 'Atbilst saskaņotajam dizainam', en: 'Matches the approved design' },
	dimensions: { lv: 'Izmēri atbilst atļautajiem', en: 'Dimensions as permitted' },
	position: { lv: 'Novietojums atbilst atļautajam', en: 'Position as permitted' },
	mounting: { lv: 'Droši nostiprināts', en: 'Safely mounted' },
	lighting: { lv: 'Apgaismojums atbilst', en: 'Lighting as permitted' },
	permitNumber: { lv: 'Redzams atļaujas numurs', en: 'Permit number shown' }
};

/** One sentence under each check on the form: what to look at. */
export const CHECK_HINTS: Record<CheckKey, LocalizedText> = {
	design: {
		lv: 'Salīdziniet tekstu, krāsas un logotipu ar saskaņoto dizaina failu.',
		en: 'Compare the text, colours and logo with the approved design file.'
	},
	dimensions: {
		lv: 'Platums un augstums nav lielāki par atļaujā norādītajiem.',
		en: 'The width and height are no larger than the permit states.'
	},
	position: {
		lv: 'Objekts atrodas atļautajā vietā un pie atļautās fasādes, nevis, piemēram, uz ietves.',
		en: 'The object is at the permitted place and facade, not, for example, on the pavement.'
	},
	mounting: {
		lv: 'Konstrukcija ir stabila, bez bojājumiem un neapdraud garāmgājējus.',
		en: 'The structure is stable, undamaged and no danger to passers-by.'
	},
	lighting: {
		lv: 'Apgaismojums ir tāds, kā atļauts, un nežilbina; ja objekts nav apgaismots, atbildiet “Neattiecas”.',
		en: 'It is lit as permitted and does not dazzle; if the object is not lit, answer “Not applicable”.'
	},
	permitNumber: {
		lv: 'Atļaujas numurs ir salasāms uz objekta.',
		en: 'The permit number can be read on the object.'
	}
};

/**
 * Default checklists: a sign or an object on the ground or a facade is checked in full (an
 * unlit one answers lighting "does not apply"); mobile advertising moves with its vehicle,
 * so its position and mounting are not the municipality's to check; posters and event
 * advertising are short-lived and unlit; a design change changes only what is shown.
 */
export const DEFAULT_CHECKLISTS: Record<PermitKind, CheckKey[]> = {
	sign: ['design', 'dimensions', 'position', 'mounting', 'lighting', 'permitNumber'],
	groundObject: ['design', 'dimensions', 'position', 'mounting', 'lighting', 'permitNumber'],
	nonGroundObject: ['design', 'dimensions', 'position', 'mounting', 'lighting', 'permitNumber'],
	mobile: ['design', 'dimensions', 'permitNumber'],
	temporary: ['design', 'position', 'permitNumber'],
	notice: ['design', 'position', 'permitNumber'],
	designChange: ['design', 'dimensions', 'permitNumber']
};

/**
 * The permit settings' `inspection` block. Written out rather than inferred from the schema:
 * the schema's default is of this type, and inferring it from that schema would be circular.
 */
export type InspectionSettings = {
	checklists: Record<PermitKind, CheckKey[]>;
	maxDistanceMetres: number;
	maxAccuracyMetres: number;
	/** 0 = no periodic inspections. */
	periodicMonths: number;
};

/**
 * Settings stored before inspections existed get these (the schema's default). 50 m covers
 * a phone's usual error in a street of tall buildings plus the width of the building the
 * sign is on; a fix worse than 30 m cannot tell the right facade from the next one.
 */
export const DEFAULT_INSPECTION_SETTINGS: InspectionSettings = {
	checklists: DEFAULT_CHECKLISTS,
	maxDistanceMetres: 50,
	maxAccuracyMetres: 30,
	periodicMonths: 12
};

/** Keys in CHECK_KEYS order, each once, unknown ones dropped: the form's order is stable. */
function ordered(keys: Iterable<string>): CheckKey[] {
	const wanted = new Set(keys);
	return CHECK_KEYS.filter((key) => wanted.has(key));
}

/**
 * The checklist and limits for an inspection of a permit of `permitKind`. A kind this
 * municipality's settings do not know (a follow-up of a reported unpermitted ad has no
 * permit; an application of a kind since removed) gets the union of all its lists: the
 * inspector cannot be told what the object is, so every check the municipality ever asks is
 * on the form, and one that does not apply is answered "does not apply". Fewer checks would
 * let a defect pass unasked; the union never asks what the municipality never checks.
 */
export function inspectionSetup(
	settings: PermitSettings,
	permitKind: string | null
): InspectionSetup & { checklist: CheckKey[] } {
	const { checklists, maxDistanceMetres, maxAccuracyMetres } = settings.inspection;
	const listed = isPermitKind(permitKind) ? ordered(checklists[permitKind]) : [];
	const checklist =
		listed.length > 0 ? listed : ordered(PERMIT_KINDS.flatMap((kind) => checklists[kind]));
	// The schema asks for at least one check per kind, so the union is never empty; the
	// fallback keeps a form that has something to answer even for settings made in code.
	return {
		checklist: checklist.length > 0 ? checklist : [...CHECK_KEYS],
		maxDistanceMetres,
		maxAccuracyMetres
	};
}
