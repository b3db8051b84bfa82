import { describe, expect, it } from 'vitest';
import { reportMunicipality } from '../../src/lib/client/inspections/report-municipality';

const inspector = (municipalityId: string) => ({ role: 'inspector', municipalityId });

describe('reportMunicipality', () => {
	it('takes the only municipality an inspector works for', () => {
		expect(reportMunicipality([inspector('riga'), inspector('riga')], null, null)).toEqual({
			kind: 'chosen',
			municipalityId: 'riga'
		});
	});

	it('asks an inspector of several, unless the address names one of theirs', () => {
		const roles = [
			inspector('riga'),
			{ role: 'officer', municipalityId: 'adazi' },
			inspector('ropazi')
		];
		expect(reportMunicipality(roles, null, null)).toEqual({
			kind: 'choose',
			options: ['riga', 'ropazi']
		});
		expect(reportMunicipality(roles, 'ropazi', null)).toEqual({
			kind: 'chosen',
			municipalityId: 'ropazi'
		});
		// A municipality they do not inspect for is not taken from the address.
		expect(reportMunicipality(roles, 'adazi', null).kind).toBe('choose');
	});

	it('keeps a started report’s municipality whatever the address says', () => {
		expect(reportMunicipality([inspector('riga'), inspector('ropazi')], 'riga', 'ropazi')).toEqual({
			kind: 'chosen',
			municipalityId: 'ropazi'
		});
	});

	it('has none for someone who is no inspector', () => {
		expect(reportMunicipality([{ role: 'officer', municipalityId: 'riga' }], 'riga', null)).toEqual(
			{
				kind: 'none'
			}
		);
	});
});
