import { describe, expect, it } from 'vitest';
import {
	tradeApplicantParty,
	tradeDecisionTemplate,
	tradePermitFacts
} from '../../../src/lib/services/street-trade/decision';
import {
	companyPrefill,
	tradeFacets,
	tradeSummary
} from '../../../src/lib/services/street-trade/summary';
import { FLOWER_STALL } from './fixture';

const COMPANY = {
	...FLOWER_STALL,
	applicantType: 'company',
	companyName: 'SIA Ziedu Dārzs',
	registrationNumber: 'LV 4020 3123 456',
	goods: ['food', 'flowers'],
	tradeDays: ['1', '2', '3', '4', '5', '6', '7']
};

describe('the street trade decision', () => {
	it('starts an approval from the permit’s conditions, filled in from the application', () => {
		const paragraphs = tradeDecisionTemplate('approved', FLOWER_STALL);
		expect(paragraphs).toEqual([
			'Tirgot atļauts tikai atļaujā norādītajā vietā: Tērbatas iela 2, Rīga (56.956600, 24.123400), netraucējot gājēju un transportlīdzekļu kustību.',
			'Atļauts tirgot šādas preces: ziedi un stādi.',
			'Tirdzniecības laiks: sestdienās un svētdienās no plkst. 08:00 līdz plkst. 18:00; periods: 2027. gada 1. jūnijs – 2027. gada 30. jūnijs.',
			'Tirdzniecības vietas (galda, ratiņu vai telts) izmēri nedrīkst pārsniegt 2 × 1,5 m.',
			'Tirdzniecības vietu un tās apkārtni uzturēt tīru; pēc tirdzniecības dienas beigām aizvākt tirdzniecības iekārtas un atkritumus.',
			'Atļauju vai tās kopiju tirdzniecības laikā novietot pircējiem redzamā vietā un uzrādīt pēc kontrolējošo iestāžu pieprasījuma.'
		]);
		expect(tradeDecisionTemplate('approved', COMPANY)[2]).toContain('katru dienu no plkst.');
		expect(tradeDecisionTemplate('approved', COMPANY)[1]).toBe(
			'Atļauts tirgot šādas preces: pārtikas produkti, ziedi un stādi.'
		);
		expect(tradeDecisionTemplate('refused', FLOWER_STALL)).toEqual([]);
	});

	it('names the company on the decision and in the register, by its 11 digits', () => {
		expect(tradeApplicantParty(COMPANY)).toEqual({ name: 'SIA Ziedu Dārzs', code: '40203123456' });
		expect(tradeApplicantParty(FLOWER_STALL)).toBeNull();
		expect(tradePermitFacts(COMPANY)).toEqual({
			kind: 'table',
			holder: 'SIA Ziedu Dārzs (reģ. Nr. 40203123456)',
			location: 'Tērbatas iela 2, Rīga',
			lat: 56.9566,
			lon: 24.1234,
			validFrom: '2027-06-01',
			validTo: '2027-06-30',
			details: {
				goods: 'Pārtikas produkti, ziedi un stādi',
				hours: 'Katru dienu 08:00–18:00',
				stall: '2 × 1,5 m'
			}
		});
		expect(tradePermitFacts(FLOWER_STALL).holder).toBe('Anna Bērziņa');
		// Nothing half-filled in the register's own columns.
		expect(tradePermitFacts({}).details).toEqual({});
	});

	it('sums the application up for the queue and gives its facets', () => {
		expect(tradeSummary(FLOWER_STALL)).toBe('Ziedi un stādi · Tērbatas iela 2, Rīga · 2 × 1,5 m');
		expect(tradeSummary({})).toBe('—');
		expect(tradeFacets(COMPANY)).toEqual({
			goods: ['food', 'flowers'],
			zone: ['centre'],
			stallType: ['table'],
			search: ['40203123456', 'SIA Ziedu Dārzs']
		});
	});

	it('starts a company’s draft as the company it signed in for', () => {
		expect(companyPrefill({ kind: 'company', registrationNumber: '40203123456' })).toEqual({
			applicantType: 'company',
			registrationNumber: '40203123456'
		});
		expect(companyPrefill({ kind: 'person' })).toEqual({});
	});
});
