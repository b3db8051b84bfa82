/**
 * Demo data, named as such. Municipalities are real (from the ATVK classification, see
 * ../shared/data/municipalities.json); every institution and every person is invented
 * for the demo. Personal codes have the real format and valid check digits, and belong to
 * nobody we know of.
 */

// The genitive and locative of each Latvian name and the municipality's official name
// (Law on Administrative Territories and Populated Areas; municipalities call themselves
// "… valstspilsētas pašvaldība" / "… novada pašvaldība").
export const DEMO_MUNICIPALITIES = [
	{
		id: 'riga',
		atvk: '0001000',
		nameLv: 'Rīga',
		nameEn: 'Riga',
		nameLvGenitive: 'Rīgas',
		nameLvLocative: 'Rīgā',
		officialNameLv: 'Rīgas valstspilsētas pašvaldība',
		prefix: 'RIGA'
	},
	{
		id: 'liepaja',
		atvk: '0005000',
		nameLv: 'Liepāja',
		nameEn: 'Liepāja',
		nameLvGenitive: 'Liepājas',
		nameLvLocative: 'Liepājā',
		officialNameLv: 'Liepājas valstspilsētas pašvaldība',
		prefix: 'LIEP'
	},
	{
		id: 'jurmala',
		atvk: '0004000',
		nameLv: 'Jūrmala',
		nameEn: 'Jūrmala',
		nameLvGenitive: 'Jūrmalas',
		nameLvLocative: 'Jūrmalā',
		officialNameLv: 'Jūrmalas valstspilsētas pašvaldība',
		prefix: 'JURM'
	},
	{
		id: 'adazi',
		atvk: '0023000',
		nameLv: 'Ādažu novads',
		nameEn: 'Ādaži Municipality',
		nameLvGenitive: 'Ādažu novada',
		nameLvLocative: 'Ādažu novadā',
		officialNameLv: 'Ādažu novada pašvaldība',
		prefix: 'ADAZ'
	},
	{
		id: 'ropazi',
		atvk: '0044000',
		nameLv: 'Ropažu novads',
		nameEn: 'Ropaži Municipality',
		nameLvGenitive: 'Ropažu novada',
		nameLvLocative: 'Ropažu novadā',
		officialNameLv: 'Ropažu novada pašvaldība',
		prefix: 'ROPA'
	},
	{
		id: 'jekabpils',
		atvk: '0031000',
		nameLv: 'Jēkabpils novads',
		nameEn: 'Jēkabpils Municipality',
		nameLvGenitive: 'Jēkabpils novada',
		nameLvLocative: 'Jēkabpils novadā',
		officialNameLv: 'Jēkabpils novada pašvaldība',
		prefix: 'JEKA'
	}
] as const;

/** Three invented institutions per municipality, the same names in each ("Demo …"). */
export const DEMO_INSTITUTION_TEMPLATES = [
	{
		slug: 'saulite',
		kind: 'preschool',
		nameLv: 'Demo PII “Saulīte”',
		nameEn: 'Demo pre-school “Saulīte”',
		street: 'Saules iela 1'
	},
	{
		slug: 'zilite',
		kind: 'preschool',
		nameLv: 'Demo PII “Zīlīte”',
		nameEn: 'Demo pre-school “Zīlīte”',
		street: 'Putnu iela 7'
	},
	{
		slug: 'pamatskola',
		kind: 'school',
		nameLv: 'Demo pamatskola Nr. 1',
		nameEn: 'Demo primary school No. 1',
		street: 'Skolas iela 3'
	}
] as const;

type DemoRole = {
	role: 'officer' | 'inspector' | 'municipal_admin' | 'platform_operator';
	municipalityId: string | null;
};

export type DemoPerson = {
	id: string;
	personalCode: string;
	givenName: string;
	surname: string;
	roles: DemoRole[];
};

export const DEMO_PEOPLE: DemoPerson[] = [
	{
		id: 'demo-citizen-anna',
		personalCode: '150385-12346',
		givenName: 'Anna',
		surname: 'Bērziņa',
		roles: []
	},
	{
		id: 'demo-citizen-janis',
		personalCode: '020790-12345',
		givenName: 'Jānis',
		surname: 'Kalniņš',
		roles: []
	},
	{
		id: 'demo-citizen-liga',
		personalCode: '221178-12342',
		givenName: 'Līga',
		surname: 'Ozola',
		roles: []
	},
	{
		id: 'demo-citizen-marta',
		personalCode: '321000-12345',
		givenName: 'Marta',
		surname: 'Liepa',
		roles: []
	},
	...(
		[
			['riga', '090488-12341', 'Ilze', 'Krūmiņa'],
			['liepaja', '171269-12349', 'Pēteris', 'Zariņš'],
			['jurmala', '260593-12347', 'Dace', 'Vītola'],
			['adazi', '030182-12348', 'Edgars', 'Lācis'],
			['ropazi', '110879-12348', 'Kristīne', 'Eglīte'],
			['jekabpils', '300986-12344', 'Raivis', 'Siliņš']
		] as const
	).map(([municipalityId, personalCode, givenName, surname]) => ({
		id: `demo-officer-${municipalityId}`,
		personalCode,
		givenName,
		surname,
		roles: [{ role: 'officer' as const, municipalityId }]
	})),
	{
		id: 'demo-inspector-riga',
		personalCode: '140292-12347',
		givenName: 'Oskars',
		surname: 'Briedis',
		roles: [{ role: 'inspector', municipalityId: 'riga' }]
	},
	{
		id: 'demo-admin-riga',
		personalCode: '329876-54321',
		givenName: 'Sandra',
		surname: 'Kļaviņa',
		roles: [{ role: 'municipal_admin', municipalityId: 'riga' }]
	},
	{
		id: 'demo-operator',
		personalCode: '325555-10203',
		givenName: 'Māris',
		surname: 'Dārziņš',
		roles: [{ role: 'platform_operator', municipalityId: null }]
	}
];

/** The e-service whose applications the demo placement programmes take (seed-placement.ts). */
export const DEMO_PLACEMENT_SERVICE = 'education-enrolment';
