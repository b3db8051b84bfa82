import { defineService } from '../engine';
import { permitDescriptor } from './descriptor';
import type { Answers } from '../types';
import { DEFAULT_PERMIT_SETTINGS, demoSettingsByMunicipality } from './demo-settings';
import { applicantParty, decisionTemplate, permitFacts } from './decision';
import { companyPrefill } from './prefill';
import { permitFacets } from './facets';
import { permitFee } from './fee';
import { permitInspection } from './inspection';
import { isPermitKind, KIND_NAMES } from './kinds';
import { permitOpenData } from './open-data';
import { areaHundredths, checkPermitRules, formatArea, kindOf, processingTermDays } from './rules';
import { zPermitSettings, type PermitSettings } from './settings';
import { permitSteps } from './steps';

export { ADVERTISING_PERMIT } from './id';

/**
 * Permit to place advertising, a sign or other information in or facing a public place
 * (Cabinet Regulation No. 732 of 2012 and each municipality's binding regulations).
 */
export const advertisingPermit = defineService<PermitSettings>({
	...permitDescriptor,
	steps: permitSteps,
	settingsSchema: zPermitSettings,
	defaultSettings: DEFAULT_PERMIT_SETTINGS,
	demoSettings: demoSettingsByMunicipality,
	checkMunicipalRules: checkPermitRules,
	initialAnswers: (applicant) => companyPrefill(applicant.actingFor),
	fee: permitFee,
	processingTerm: (fields, context) => ({
		workingDays: processingTermDays(fields, context.settings ?? DEFAULT_PERMIT_SETTINGS)
	}),
	contactEmail: (answers) => (typeof answers.email === 'string' ? answers.email : null),
	decision: { template: decisionTemplate, applicantParty },
	register: {
		facts: permitFacts,
		kindName: (kind) => (isPermitKind(kind) ? KIND_NAMES[kind] : null)
	},
	inspection: permitInspection,
	openData: permitOpenData,
	summary: permitSummary,
	facets: permitFacets
});

/** "Izkārtne · Brīvības iela 1 · 2,4 m²" for lists and queues (Latvian, as officers read them). */
export function permitSummary(answers: Answers): string {
	const kind = kindOf(answers);
	const address = answers.address;
	const addressText =
		typeof address === 'object' && address !== null && 'text' in address
			? typeof address.text === 'string'
				? address.text.trim()
				: ''
			: '';
	const area = areaHundredths(answers);
	const parts = [
		kind ? KIND_NAMES[kind].lv : '',
		addressText.slice(0, 120),
		area !== null ? `${formatArea(area, 'lv')} m²` : ''
	].filter((part) => part !== '');
	return parts.length > 0 ? parts.join(' · ') : '—';
}
