import type { OpenDataColumn } from '../types';
import { permitFacts } from './decision';
import { areaHundredths, kindOf } from './rules';

/**
 * What the municipality may publish of each issued advertising permit as open data (issue 18
 * publishes it; declared here so the columns are the service's to name). Only the object and
 * its place and period: never who applied (a person's name is personal data).
 */
export const permitOpenData: readonly OpenDataColumn[] = [
	{
		name: 'kind',
		label: { lv: 'Atļaujas veids', en: 'Kind of permit' },
		value: (answers) => kindOf(answers)
	},
	{
		name: 'location',
		label: { lv: 'Adrese', en: 'Address' },
		value: (answers) => permitFacts(answers).location
	},
	{
		name: 'lat',
		label: { lv: 'Platums (WGS84)', en: 'Latitude (WGS84)' },
		value: (answers) => permitFacts(answers).lat
	},
	{
		name: 'lon',
		label: { lv: 'Garums (WGS84)', en: 'Longitude (WGS84)' },
		value: (answers) => permitFacts(answers).lon
	},
	{
		name: 'area_m2',
		label: { lv: 'Laukums, m²', en: 'Area, m²' },
		value: (answers) => {
			const area = areaHundredths(answers);
			return area === null ? null : area / 100;
		}
	},
	{
		name: 'valid_from',
		label: { lv: 'Derīga no', en: 'Valid from' },
		value: (answers) => permitFacts(answers).validFrom
	},
	{
		name: 'valid_to',
		label: { lv: 'Derīga līdz', en: 'Valid to' },
		value: (answers) => permitFacts(answers).validTo
	}
];
