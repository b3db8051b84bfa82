import { defineService } from '../engine';
import { tradeDescriptor } from './descriptor';
import { tradeApplicantParty, tradeDecisionTemplate, tradePermitFacts } from './decision';
import { DEFAULT_TRADE_SETTINGS, demoTradeSettings } from './demo-settings';
import { tradeFee } from './fee';
import { F } from './fields';
import { tradeInspection } from './inspection';
import { tradeOpenData } from './open-data';
import { STALL_NAMES, isStallType } from './options';
import { checkTradeRules } from './rules';
import { zTradeSettings, type TradeSettings } from './settings';
import { tradeSteps } from './steps';
import { companyPrefill, tradeFacets, tradeSummary } from './summary';

export { STREET_TRADE } from './id';

/**
 * Permit for trade in a public place (ielu tirdzniecības atļauja): Cabinet Regulation
 * No. 440 (2010) on trade in public places and each municipality's street trade rules and
 * duty regulations. Every capability it has is declared here. See README.md in this folder.
 */
export const streetTrade = defineService<TradeSettings>({
	...tradeDescriptor,
	steps: tradeSteps,
	settingsSchema: zTradeSettings,
	defaultSettings: DEFAULT_TRADE_SETTINGS,
	demoSettings: demoTradeSettings,
	checkMunicipalRules: checkTradeRules,
	initialAnswers: (applicant) => companyPrefill(applicant.actingFor),
	fee: tradeFee,
	processingTerm: (_fields, context) => ({
		workingDays: (context.settings ?? DEFAULT_TRADE_SETTINGS).processingDays
	}),
	contactEmail: (answers) => {
		const email = answers[F.email];
		return typeof email === 'string' ? email : null;
	},
	decision: { template: tradeDecisionTemplate, applicantParty: tradeApplicantParty },
	register: {
		facts: tradePermitFacts,
		kindName: (kind) => (isStallType(kind) ? STALL_NAMES[kind] : null),
		columns: [
			{ key: 'goods', label: { lv: 'Preces', en: 'Goods' } },
			{ key: 'hours', label: { lv: 'Tirdzniecības laiks', en: 'Trading hours' } },
			{ key: 'stall', label: { lv: 'Izmēri', en: 'Size' } }
		]
	},
	inspection: tradeInspection,
	openData: tradeOpenData,
	summary: tradeSummary,
	facets: tradeFacets
});
