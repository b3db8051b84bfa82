import { DEMO_PEOPLE } from '../db/seed-data';

/**
 * The people the stand-in identity provider can vouch for. Citizens and staff are the seeded
 * demo people (same personal codes and names, so they sign in as the people the demo data
 * knows); the company signatory is new, and the company is invented (its registration number
 * has a valid checksum and belongs to nobody we know of).
 */
export type TestPerson = {
	/** Stable key for the page's form and tests. */
	key: string;
	group: 'citizen' | 'company' | 'delegated' | 'staff';
	givenName: string;
	surname: string;
	/** What goes into `privatepersonalidentifier`, exactly as Latvija.lv sends it. */
	identifier: string;
	/** A short description shown under the name (Latvian / English). */
	noteLv: string;
	noteEn: string;
	/** Answer in Latvija.lv's own shape (bare code claim, earlier codes); see assertion.ts. */
	latvijaShape?: { earlierCodes?: readonly string[] };
};

export const DEMO_COMPANY = { registrationNumber: '40203123456', name: 'SIA “Demo Reklāma”' };

const digits = (code: string) => code.replace('-', '');

function demo(id: string) {
	const person = DEMO_PEOPLE.find((p) => p.id === id);
	if (!person) {
		throw new Error(`no demo person ${id}`);
	}
	return person;
}

const ROLE_NOTES: Record<string, [string, string]> = {
	officer: ['speciālists', 'officer'],
	inspector: ['inspektors', 'inspector'],
	municipal_admin: ['pašvaldības administrators', 'municipal admin'],
	platform_operator: ['platformas operators', 'platform operator']
};

const citizens: TestPerson[] = DEMO_PEOPLE.filter((p) => p.roles.length === 0).map((p) => ({
	key: p.id.replace(/^demo-/, ''),
	group: 'citizen',
	givenName: p.givenName,
	surname: p.surname,
	identifier: `PK:${digits(p.personalCode)}`,
	noteLv: 'iedzīvotājs',
	noteEn: 'resident'
}));

const staff: TestPerson[] = DEMO_PEOPLE.filter((p) => p.roles.length > 0).map((p) => {
	const role = p.roles[0];
	const [lv, en] = ROLE_NOTES[role?.role ?? ''] ?? ['', ''];
	const where = role?.municipalityId ?? '*';
	return {
		key: p.id.replace(/^demo-/, ''),
		group: 'staff',
		givenName: p.givenName,
		surname: p.surname,
		identifier: `PK:${digits(p.personalCode)}`,
		noteLv: `${lv} · ${where}`,
		noteEn: `${en} · ${where}`
	};
});

const anna = demo('demo-citizen-anna');
const janis = demo('demo-citizen-janis');

export const TEST_PERSONS: readonly TestPerson[] = [
	...citizens,
	{
		key: 'company-roberts',
		group: 'company',
		givenName: 'Roberts',
		surname: 'Kalējs',
		identifier: `PK:12058112346-UR:${DEMO_COMPANY.registrationNumber}`,
		noteLv: `paraksttiesīgā persona, ${DEMO_COMPANY.name}`,
		noteEn: `signatory of ${DEMO_COMPANY.name}`
	},
	{
		key: 'delegated-janis',
		group: 'delegated',
		givenName: janis.givenName,
		surname: janis.surname,
		identifier: `DP:${digits(anna.personalCode)}-PK:${digits(janis.personalCode)}`,
		noteLv: `pilnvarota persona, pilnvaras devēja ${anna.givenName} ${anna.surname}`,
		noteEn: `acting under a power of attorney from ${anna.givenName} ${anna.surname}`
	},
	{
		// Someone whose personal code was changed to the new form: the answer is shaped as
		// Latvija.lv's real ones are (bare code in the claim, PK: only in NameIdentifier, the
		// earlier code repeated under the same claim name).
		key: 'citizen-edite',
		group: 'citizen',
		givenName: 'Edīte',
		surname: 'Lapiņa',
		identifier: 'PK:32112233445',
		noteLv: 'iedzīvotāja; atbilde kā no Latvija.lv, ar mainītu personas kodu',
		noteEn: 'resident; answer shaped as Latvija.lv’s, with a changed personal code',
		latvijaShape: { earlierCodes: ['05069012345'] }
	},
	...staff
];
