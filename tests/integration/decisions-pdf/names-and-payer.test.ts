import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roleAssignment } from '../../../server/db/schema';
import { handleDecisionGet } from '../../../server/decisions/decision-download';
import { tenantsRepo } from '../../../server/tenants/tenants.repo';
import { DEFAULT_PERMIT_SETTINGS } from '../../../src/lib/services/advertising-permit/demo-settings';
import { peopleRepo } from '../../../server/identity/people.repo';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';
import { extractPdf } from './extract';

type Db = ReturnType<typeof freshDb>;

/** HONEST FIXTURE: a company's sign permit in Rīga, 2 m² for a year, as the form stores it. */
const COMPANY_SIGN = {
	applicantType: 'company',
	companyName: 'SIA Ziemeļu Gaismas',
	registrationNumber: '40203123456',
	contactName: 'Jānis Bērziņš',
	email: 'janis@example.lv',
	permitKind: 'sign',
	address: { text: 'Brīvības iela 21, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	width: '2',
	height: '1',
	zone: 'city',
	dateFrom: '2026-12-01',
	dateTo: '2027-11-30'
};

const identityOf = (db: Db, id: string) => ({
	person: peopleRepo.findById(db, id),
	roles: db.select().from(roleAssignment).where(eq(roleAssignment.personId, id)).all()
});

async function decideAndRead(
	db: Db,
	outcome: 'approved' | 'refused',
	data: Record<string, unknown>
) {
	const now = Date.parse('2026-11-20T10:00:00Z');
	const id = insertQueued(db, {
		service: 'advertising-permit',
		status: 'in_review',
		applicantId: 'demo-citizen-liga',
		data
	});
	const officerCaller = callerFor(db, 'demo-officer-riga', () => now);
	const officer = officerCaller.applications;
	const decisions = officerCaller.decisions;
	const at = { municipalityId: 'riga', id };
	const { version } = await officer.state(at);
	const decision = await decisions.decide({
		...at,
		baseVersion: version,
		outcome,
		paragraphs: outcome === 'refused' ? ['Vieta atrodas aizsargjoslā.'] : []
	});
	const response = handleDecisionGet(db, identityOf(db, 'demo-citizen-liga'), id);
	expect(response.status).toBe(200);
	const { text } = await extractPdf(new Uint8Array(await response.arrayBuffer()));
	// Lines of the PDF may break anywhere a space is; compare with spaces made plain.
	return { text: text.replace(/\s+/g, ' '), decision };
}

describe('the decision PDF names the municipality and the applicant as Latvian documents do', () => {
	it('says where to contest in the genitive and heads the page with the official name', async () => {
		const { text } = await decideAndRead(freshDb(), 'refused', COMPANY_SIGN);
		expect(text).toContain('Rīgas valstspilsētas pašvaldība');
		expect(text).toContain('apstrīdēt Rīgas domē');
		expect(text).not.toContain('Rīga domē');
	});

	it('shows a company’s registration number, not the signatory’s masked personal code', async () => {
		const { text } = await decideAndRead(freshDb(), 'refused', COMPANY_SIGN);
		expect(text).toContain('SIA Ziemeļu Gaismas');
		expect(text).toContain('40203123456');
		expect(text).not.toMatch(/\d{6}-\*{5}/);
	});

	it.each([
		['spaced, with the VAT prefix', 'LV 4020 3123 456'],
		['lower-case prefix and typographic hyphens, as pasted from a document', 'lv 4020‑3123–456']
	])('prints a company’s registration number typed %s as its 11 digits', async (_, typed) => {
		const { text } = await decideAndRead(freshDb(), 'refused', {
			...COMPANY_SIGN,
			registrationNumber: typed
		});
		// The value sits between the two lines of its label ("… reģistrācijas" / "numurs").
		expect(text).toContain('reģistrācijas 40203123456 numurs');
		expect(text).not.toMatch(/LV ?4020|4020[ ‑–]3123/i);
	});

	it('shows a person’s masked personal code when a person applied', async () => {
		const { text } = await decideAndRead(freshDb(), 'refused', {
			...COMPANY_SIGN,
			applicantType: 'person',
			contactName: 'Līga Ozola'
		});
		expect(text).toMatch(/\d{6}-\*{5}/);
		expect(text).not.toContain('40203123456');
	});
});

describe('a permit decision states the fee and how to pay it', () => {
	it('prints the amount, the recipient and IBAN set for Rīga, and the decision number as reference', async () => {
		const { text, decision } = await decideAndRead(freshDb(), 'approved', COMPANY_SIGN);
		// Rīga's demo sign tariff: 10,00 € + 2 m² × 13 started months (365 days) × 0,50 € × 1 (city).
		expect(text).toContain('Nodeva');
		expect(text).toMatch(/Maksājamā summa 23,00\s€/);
		expect(text).toContain('Saņēmējs Rīgas valstspilsētas pašvaldība');
		expect(text).toContain('Konts (IBAN) LV44DEMO0000000000001');
		expect(text).toContain(`Maksājuma mērķī norādīt ${decision.number}`);
	});

	it('takes the recipient and IBAN as the municipal admin’s settings, refusing a wrong IBAN', async () => {
		const db = freshDb();
		const admin = callerFor(db, 'demo-admin-riga').admin;
		const update = (iban: string) =>
			admin.updateService({
				municipalityId: 'riga',
				service: 'advertising-permit',
				enabled: true,
				settings: { ...DEFAULT_PERMIT_SETTINGS, payment: { recipient: 'Rīgas pašvaldība', iban } }
			});
		// One digit off: the check digits no longer match.
		await expect(update('LV44DEMO0000000000002')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await update('LV17DEMO0000000000002');
		const { text } = await decideAndRead(db, 'approved', { ...COMPANY_SIGN, zone: 'whole' });
		expect(text).toContain('Konts (IBAN) LV17DEMO0000000000002');
		expect(text).toContain('Saņēmējs Rīgas pašvaldība');
	});

	it('has no fee on a refusal', async () => {
		const { text } = await decideAndRead(freshDb(), 'refused', COMPANY_SIGN);
		expect(text).not.toContain('Maksājamā summa');
	});
});

describe('the platform operator adds a municipality with the forms documents need', () => {
	const CESIS = {
		id: 'cesis',
		atvk: '0420201',
		nameLv: 'Cēsu novads',
		nameEn: 'Cēsis Municipality',
		nameLvGenitive: 'Cēsu novada',
		nameLvLocative: 'Cēsu novadā',
		officialNameLv: 'Cēsu novada pašvaldība',
		registrationPrefix: 'CESIS'
	};

	it('stores the genitive, locative and official name', async () => {
		const db = freshDb();
		await callerFor(db, 'demo-operator').platform.addMunicipality(CESIS);
		expect(tenantsRepo.findMunicipality(db, 'cesis')).toMatchObject({
			nameLvGenitive: 'Cēsu novada',
			nameLvLocative: 'Cēsu novadā',
			officialNameLv: 'Cēsu novada pašvaldība'
		});
	});

	it('refuses a municipality without them, at their fields', async () => {
		const db = freshDb();
		const { nameLvGenitive: _g, ...withoutGenitive } = CESIS;
		await expect(
			callerFor(db, 'demo-operator').platform.addMunicipality({
				...withoutGenitive,
				nameLvGenitive: ' '
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(tenantsRepo.findMunicipality(db, 'cesis')).toBeNull();
	});
});
