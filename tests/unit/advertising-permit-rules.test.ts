import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PERMIT_SETTINGS,
	demoSettingsByMunicipality
} from '../../src/lib/services/advertising-permit/demo-settings';
import {
	advertisingPermit,
	permitSummary
} from '../../src/lib/services/advertising-permit/definition';
import { permitEn, permitLv } from '../../src/lib/services/advertising-permit/advertising-messages';
import {
	checkPermitRules,
	hasPeriod,
	isInside,
	periodDays,
	processingTermDays
} from '../../src/lib/services/advertising-permit/rules';
import {
	zPermitSettings,
	type PermitSettings
} from '../../src/lib/services/advertising-permit/settings';
import type { Answers, MunicipalContext } from '../../src/lib/services/types';

const TODAY = '2026-05-04';

function contextOf(municipality: keyof typeof demoSettingsByMunicipality) {
	const settings = demoSettingsByMunicipality[municipality];
	if (!settings) {
		throw new Error(`no demo settings for ${municipality}`);
	}
	return {
		municipalityId: municipality,
		institutionIds: new Set<string>(),
		settings,
		today: TODAY
	} satisfies MunicipalContext<PermitSettings>;
}

const BRIVIBAS_1 = { lat: 56.9497, lon: 24.1134 }; // Brīvības iela 1, Rīga (at the Freedom Monument)
const ROPAZI_CENTRE = { lat: 56.9706, lon: 24.6306 };

/** A complete, valid sign application in Rīga. */
const sign: Answers = {
	permitKind: 'sign',
	address: { text: 'Brīvības iela 1, Rīga' },
	point: BRIVIBAS_1,
	zone: 'centre',
	nearMonument: 'yes',
	width: '2',
	height: '1,2',
	dateFrom: '2026-06-01',
	dateTo: '2026-06-30'
};

const messagesOf = (answers: Answers, ctx = contextOf('riga')) =>
	checkPermitRules(answers, ctx).map((i) => `${i.path}:${i.message}`);

describe('municipal rules', () => {
	it('accept a complete application that keeps them', () => {
		expect(messagesOf(sign)).toEqual([]);
	});

	it('catch a start date in the past (today is fine)', () => {
		expect(messagesOf({ ...sign, dateFrom: '2026-05-03' })).toEqual([
			'dateFrom:permit.startInPast'
		]);
		expect(messagesOf({ ...sign, dateFrom: TODAY })).toEqual([]);
	});

	it('catch an end date before the start date (the same day is a one-day period)', () => {
		expect(messagesOf({ ...sign, dateTo: '2026-05-31' })).toEqual(['dateTo:permit.endBeforeStart']);
		expect(messagesOf({ ...sign, dateTo: '2026-06-01' })).toEqual([]);
	});

	it('catch a period longer than the municipality allows for the kind, by kind', () => {
		// Jēkabpils (demo): temporary advertising at most 30 days; 1–30 June is 30 days.
		const temporary = { ...sign, permitKind: 'temporary', eventName: 'Jāņi', point: undefined };
		const jekabpils = contextOf('jekabpils');
		expect(messagesOf({ ...temporary, zone: 'whole' }, jekabpils)).toEqual([]);
		expect(messagesOf({ ...temporary, zone: 'whole', dateTo: '2026-07-01' }, jekabpils)).toEqual([
			'dateTo:permit.periodTooLong.temporary'
		]);
		// Rīga allows 60 days for the same kind.
		expect(messagesOf({ ...temporary, dateTo: '2026-07-01' })).toEqual([]);
	});

	it('catch a point outside the municipality, and accept it in the right one', () => {
		expect(messagesOf({ ...sign, point: ROPAZI_CENTRE })).toEqual([
			'point:permit.outsideMunicipality'
		]);
		expect(
			messagesOf({ ...sign, point: ROPAZI_CENTRE, zone: 'whole' }, contextOf('ropazi'))
		).toEqual([]);
	});

	it('catch a kind the municipality does not issue', () => {
		const mobile = {
			...sign,
			permitKind: 'mobile',
			zone: 'whole',
			point: { lat: 57.0747, lon: 24.3236 }
		};
		expect(messagesOf(mobile, contextOf('adazi'))).toEqual(['permitKind:permit.kindNotEnabled']);
		expect(messagesOf({ ...mobile, zone: 'centre', point: BRIVIBAS_1 })).toEqual([]);
	});

	it('leave the period of a design change alone (it keeps the existing permit’s)', () => {
		const change = {
			...sign,
			permitKind: 'designChange',
			dateFrom: '2020-01-01',
			dateTo: '2019-01-01'
		};
		expect(messagesOf(change)).toEqual([]);
	});

	it('leave empty and malformed answers to the field checks', () => {
		expect(messagesOf({})).toEqual([]);
		expect(
			messagesOf({
				permitKind: 'nonsense',
				dateFrom: '2026-13-01',
				dateTo: 'x',
				point: { lat: 'a' }
			})
		).toEqual([]);
	});

	it('work without settings (only the date is checked)', () => {
		const bare = { municipalityId: 'x', institutionIds: new Set<string>(), today: TODAY };
		expect(checkPermitRules({ ...sign, dateFrom: '2026-01-01' }, bare)).toEqual([
			{ path: 'dateFrom', message: 'permit.startInPast' }
		]);
	});
});

describe('helpers', () => {
	it('count both ends of a period', () => {
		expect(periodDays('2026-06-01', '2026-06-01')).toBe(1);
		expect(periodDays('2026-06-01', '2026-06-30')).toBe(30);
		// Across the switch to summer time (29 March 2026 in Latvia) a day is still a day.
		expect(periodDays('2026-03-28', '2026-03-30')).toBe(3);
		expect(periodDays('2026-06-02', '2026-06-01')).toBe(0);
		expect(periodDays('2026-02-30', '2026-03-01')).toBeNull();
	});

	it('tell inside from outside a boundary ring', () => {
		const riga = demoSettingsByMunicipality.riga?.boundary;
		expect(riga && isInside(BRIVIBAS_1, riga)).toBe(true);
		expect(riga && isInside({ lat: 56.51, lon: 21.01 }, riga)).toBe(false); // Liepāja
	});

	it('give the longer processing term when the heritage authority must agree', () => {
		const ropazi = demoSettingsByMunicipality.ropazi ?? DEFAULT_PERMIT_SETTINGS;
		const jekabpils = demoSettingsByMunicipality.jekabpils ?? DEFAULT_PERMIT_SETTINGS;
		expect(processingTermDays({ nearMonument: 'no' }, ropazi)).toBe(5);
		expect(processingTermDays({ nearMonument: 'yes' }, ropazi)).toBe(10);
		expect(processingTermDays({ nearMonument: 'no' }, jekabpils)).toBe(10);
		expect(processingTermDays({ nearMonument: 'yes' }, jekabpils)).toBe(10);
	});
});

describe('settings', () => {
	it('default and demo settings pass their own schema', () => {
		expect(zPermitSettings.parse(DEFAULT_PERMIT_SETTINGS)).toEqual(DEFAULT_PERMIT_SETTINGS);
		expect(Object.keys(demoSettingsByMunicipality).sort()).toEqual(
			['adazi', 'jekabpils', 'jurmala', 'liepaja', 'riga', 'ropazi'].sort()
		);
		for (const settings of Object.values(demoSettingsByMunicipality)) {
			expect(zPermitSettings.parse(settings)).toEqual(settings);
		}
		expect(advertisingPermit.settingsSchema.parse(advertisingPermit.defaultSettings)).toBeTruthy();
	});

	it('every demo municipality’s boundary contains its own centre and no other’s', () => {
		const centres: Record<string, { lat: number; lon: number }> = {
			riga: BRIVIBAS_1,
			liepaja: { lat: 56.5047, lon: 21.0108 },
			jurmala: { lat: 56.968, lon: 23.77 },
			adazi: { lat: 57.0747, lon: 24.3236 },
			ropazi: ROPAZI_CENTRE,
			jekabpils: { lat: 56.4996, lon: 25.8569 }
		};
		for (const [id, settings] of Object.entries(demoSettingsByMunicipality)) {
			for (const [other, centre] of Object.entries(centres)) {
				expect(settings.boundary && isInside(centre, settings.boundary), `${other} in ${id}`).toBe(
					id === other
				);
			}
		}
	});

	it('refuse settings with a bad tariff or an unknown kind', () => {
		const bad = structuredClone(DEFAULT_PERMIT_SETTINGS) as unknown as Record<string, unknown>;
		expect(zPermitSettings.safeParse({ ...bad, enabledKinds: ['billboard'] }).success).toBe(false);
		const tariffs = structuredClone(DEFAULT_PERMIT_SETTINGS.tariffs);
		tariffs.sign.baseCents = -1;
		expect(zPermitSettings.safeParse({ ...bad, tariffs }).success).toBe(false);
	});
});

describe('messages', () => {
	it('exist in both languages for every rule message, as catalogue keys', () => {
		expect(Object.keys(permitEn).sort()).toEqual(Object.keys(permitLv).sort());
		for (const key of Object.keys(permitLv)) {
			expect(key).toMatch(/^permit\.[A-Za-z.]+$/);
		}
		for (const kind of DEFAULT_PERMIT_SETTINGS.enabledKinds.filter(hasPeriod)) {
			expect(permitLv).toHaveProperty([`permit.periodTooLong.${kind}`]);
		}
	});
});

describe('summary', () => {
	it('reads kind · address · area', () => {
		expect(permitSummary({ ...sign, width: '2', height: '1,2' })).toBe(
			'Izkārtne · Brīvības iela 1, Rīga · 2,4 m²'
		);
		expect(permitSummary({ permitKind: 'notice' })).toBe('Afiša vai sludinājums');
		expect(permitSummary({})).toBe('—');
	});
});

describe('applying on behalf of a company', () => {
	const REG = '40203123456';
	const asCompany: Answers = { ...sign, applicantType: 'company', registrationNumber: REG };
	const withApplicant = (actingFor: NonNullable<MunicipalContext['applicant']>['actingFor']) => ({
		...contextOf('riga'),
		applicant: { actingFor }
	});

	it('is for the signatory the identity provider vouched for, of that very company', () => {
		expect(
			messagesOf(asCompany, withApplicant({ kind: 'company', registrationNumber: REG }))
		).toEqual([]);
		expect(messagesOf(asCompany, withApplicant(null))).toEqual([
			'registrationNumber:permit.notCompanySignatory'
		]);
		expect(
			messagesOf(asCompany, withApplicant({ kind: 'company', registrationNumber: '40003032949' }))
		).toEqual(['registrationNumber:permit.notCompanySignatory']);
		// A person applying as themselves needs no company session.
		expect(messagesOf({ ...sign, applicantType: 'person' }, withApplicant(null))).toEqual([]);
	});

	it('takes the number as typed on invoices: LV, spaces and hyphens make no difference', () => {
		const company = withApplicant({ kind: 'company', registrationNumber: REG });
		for (const typed of ['LV40203123456', 'LV 4020 3123 456', '4020-312-3456', ' 40203123456 ']) {
			expect(messagesOf({ ...asCompany, registrationNumber: typed }, company)).toEqual([]);
		}
		expect(messagesOf({ ...asCompany, registrationNumber: '' }, company)).toEqual([
			'registrationNumber:permit.notCompanySignatory'
		]);
	});

	it('starts a company signatory’s new draft as that company', () => {
		expect(
			advertisingPermit.initialAnswers?.({
				actingFor: { kind: 'company', registrationNumber: REG }
			})
		).toEqual({ applicantType: 'company', registrationNumber: REG });
		expect(advertisingPermit.initialAnswers?.({ actingFor: null })).toEqual({});
	});
});

describe('a period too long', () => {
	it('says the municipality’s maximum, in both languages', () => {
		const ctx = contextOf('riga');
		const max = ctx.settings.maxPeriodDays.sign;
		const tooLong = {
			...sign,
			dateTo: new Date(Date.parse('2026-06-01') + max * 86_400_000).toISOString().slice(0, 10)
		};
		const [issue] = checkPermitRules(tooLong, ctx);
		expect(issue).toEqual({
			path: 'dateTo',
			message: 'permit.periodTooLong.sign',
			params: { max }
		});
		expect(permitLv['permit.periodTooLong.sign']).toContain('{max} d.');
		expect(permitEn['permit.periodTooLong.sign']).toContain('{max} days');
	});
});
