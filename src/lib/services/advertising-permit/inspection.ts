import { parseDecimal } from '../engine/formats';
import type { Answers, InspectionCapability, InspectionSubjectFacts, SubjectRow } from '../types';
import { permitFacts } from './decision';
import { CHECK_HINTS, CHECK_KEYS, CHECK_NAMES, inspectionSetup } from './inspection-setup';
import { F } from './rules';
import type { PermitSettings } from './settings';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const metres = (value: unknown) => (typeof value === 'number' ? value : parseDecimal(value));
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * What the inspector checks, copied from the permit application when the task is made: the
 * device works from this copy offline, and a later change of the application does not
 * silently change what a done inspection was measured against.
 */
function subject(answers: Answers): InspectionSubjectFacts {
	const facts = permitFacts(answers);
	return {
		permitKind: text(answers[F.kind]),
		holder: facts.holder,
		location: facts.location,
		lat: facts.lat,
		lon: facts.lon,
		width: metres(answers[F.width]),
		height: metres(answers[F.height]),
		lighting: text(answers.lighting),
		content: text(answers.content),
		validFrom: facts.validFrom,
		validTo: facts.validTo
	};
}

/** Latvian writes a decimal comma. */
const number = (value: number, lang: 'lv' | 'en') =>
	new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB').format(value);

/** Dimensions, lighting and content under the holder and address on the device. */
function subjectRows(facts: InspectionSubjectFacts, lang: 'lv' | 'en'): SubjectRow[] {
	const width = numberOrNull(facts.width);
	const height = numberOrNull(facts.height);
	const lighting = textOrNull(facts.lighting);
	// The form stores yes / no; anything else (a description) is shown as written.
	const lit: Record<string, { lv: string; en: string }> = {
		yes: { lv: 'Ir', en: 'Lit' },
		no: { lv: 'Nav', en: 'Not lit' }
	};
	return [
		{
			key: 'dimensions',
			label: { lv: 'Izmēri', en: 'Dimensions' },
			value:
				width !== null && height !== null
					? `${number(width, lang)} × ${number(height, lang)} m`
					: null
		},
		{
			key: 'lighting',
			label: { lv: 'Apgaismojums', en: 'Lighting' },
			value: lighting !== null ? (lit[lighting]?.[lang] ?? lighting) : null
		},
		{ key: 'content', label: { lv: 'Saturs', en: 'Content' }, value: textOrNull(facts.content) }
	];
}

/** Field inspection of advertising sites (issue 7), as the platform asks for it. */
export const permitInspection: InspectionCapability<PermitSettings> = {
	checks: CHECK_KEYS.map((key) => ({ key, name: CHECK_NAMES[key], hint: CHECK_HINTS[key] })),
	setup: inspectionSetup,
	periodicMonths: (settings) => settings.inspection.periodicMonths,
	subject,
	subjectRows,
	// The design, as applied: the inspector compares the site with it.
	referenceFiles: ['design'],
	// An ad found on site without a permit is reported by inspectors as this service's case.
	takesReports: true
};
