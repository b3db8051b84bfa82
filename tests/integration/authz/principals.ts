import type { ActingFor } from '../../../server/db/schema/identity';

/**
 * The callers of the authorization matrix, with the roles the matrix expects each to hold
 * (checked against the database), and the ids of data the probes point at.
 */

export const MUNIS = ['riga', 'liepaja'] as const;
export type Muni = (typeof MUNIS)[number];

export type Grant = {
	role: 'officer' | 'inspector' | 'municipal_admin' | 'platform_operator';
	municipalityId: string | null;
	/** Null = every e-service of the municipality. */
	service: string | null;
};

export type Principal = {
	name: string;
	/** Up to 5 characters: the column heading of the printed matrix. */
	short: string;
	personId: string | null;
	kind: 'citizen' | 'staff';
	actingFor: ActingFor | null;
	/** The roles this caller holds, as the matrix expects them (checked against the data). */
	grants: Grant[];
};

const staff = (
	role: Grant['role'],
	municipalityId: string | null,
	service: string | null = null
) => ({
	role,
	municipalityId,
	service
});

export const ADVERTISING_OFFICER_ID = 'authz-officer-advertising';
export const COMPANY = { kind: 'company', registrationNumber: '40003000012' } as const;

export const LIEPAJA_ADMIN = { personId: 'authz-admin-liepaja', personalCode: '101080-10008' };

/** Role ids in the data (seed ids are `<person>-role-<n>`), per municipality. */
export const ROLE_IDS = {
	officer: { riga: 'demo-officer-riga-role-0', liepaja: 'demo-officer-liepaja-role-0' },
	admin: { riga: 'demo-admin-riga-role-0', liepaja: 'authz-admin-liepaja-role' },
	operator: 'demo-operator-role-0'
} as const satisfies {
	officer: Record<Muni, string>;
	admin: Record<Muni, string>;
	operator: string;
};

export const PRINCIPALS: readonly Principal[] = [
	{
		name: 'anonymous',
		short: 'anon',
		personId: null,
		kind: 'citizen',
		actingFor: null,
		grants: []
	},
	{
		name: 'citizen Anna',
		short: 'anna',
		personId: 'demo-citizen-anna',
		kind: 'citizen',
		actingFor: null,
		grants: []
	},
	{
		name: 'citizen Jānis',
		short: 'janis',
		personId: 'demo-citizen-janis',
		kind: 'citizen',
		actingFor: null,
		grants: []
	},
	{
		name: 'company signatory (Līga for a company)',
		short: 'comp',
		personId: 'demo-citizen-liga',
		kind: 'citizen',
		actingFor: COMPANY,
		grants: []
	},
	{
		name: 'officer of Rīga',
		short: 'offcr',
		personId: 'demo-officer-riga',
		kind: 'staff',
		actingFor: null,
		grants: [staff('officer', 'riga')]
	},
	{
		name: 'officer of Rīga for advertising permits only',
		short: 'offAd',
		personId: ADVERTISING_OFFICER_ID,
		kind: 'staff',
		actingFor: null,
		grants: [staff('officer', 'riga', 'advertising-permit')]
	},
	{
		name: 'inspector of Rīga',
		short: 'insp',
		personId: 'demo-inspector-riga',
		kind: 'staff',
		actingFor: null,
		grants: [staff('inspector', 'riga')]
	},
	{
		name: 'municipal admin of Rīga',
		short: 'admin',
		personId: 'demo-admin-riga',
		kind: 'staff',
		actingFor: null,
		grants: [staff('municipal_admin', 'riga')]
	},
	{
		name: 'platform operator',
		short: 'oper',
		personId: 'demo-operator',
		kind: 'staff',
		actingFor: null,
		grants: [staff('platform_operator', null)]
	}
];
