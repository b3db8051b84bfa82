import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { blobDirFor } from '../../../server/attachments/blob-files';
import { roleAssignment } from '../../../server/db/schema';
import { handleDecisionGet } from '../../../server/decisions/decision-download';
import { peopleRepo } from '../../../server/identity/people.repo';
import { extractPdf } from '../decisions-pdf/extract';
import { callerFor, count, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

/** HONEST FIXTURE: a company's complete sign permit in Rīga, as the form would store it. */
const SIGN_PERMIT = {
	applicantType: 'company',
	companyName: 'SIA Ziemeļu Gaismas',
	registrationNumber: '40203123456',
	contactName: 'Jānis Bērziņš',
	email: 'janis@example.lv',
	permitKind: 'sign',
	address: { text: 'Brīvības iela 21, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	dateFrom: '2026-12-01',
	dateTo: '2027-11-30'
};

/** Who is asking, with the roles the seed gave them (as a request's identity carries them). */
const identityOf = (db: ReturnType<typeof freshDb>, id: string) => ({
	person: peopleRepo.findById(db, id),
	roles: db.select().from(roleAssignment).where(eq(roleAssignment.personId, id)).all()
});

describe('the officer decides', () => {
	it('approves a permit: numbers, PDF with Latvian letters, register entry, notice; only the applicant and officers may download', async () => {
		const db = freshDb();
		const now = Date.parse('2026-11-20T10:00:00Z');
		const id = insertQueued(db, {
			service: 'advertising-permit',
			status: 'in_review',
			applicantId: 'demo-citizen-liga',
			data: SIGN_PERMIT
		});
		const officer = callerFor(db, 'demo-officer-riga', () => now);
		const at = { municipalityId: 'riga', id };
		const conditions = await officer.decisions.decisionTemplate({ ...at, outcome: 'approved' });
		expect(conditions[0]).toContain('(izkārtne)');
		const { version } = await officer.applications.state(at);

		const decision = await officer.decisions.decide({
			...at,
			baseVersion: version,
			outcome: 'approved',
			paragraphs: [...conditions, 'Gaismas intensitāte naktī — ne vairāk kā 300 kd/m².']
		});
		expect(decision.number).toMatch(/^RIGA-L-2026-000001$/);
		expect(decision.permit).toEqual({
			number: 'RIGA-A-2026-000001',
			validFrom: '2026-12-01',
			validTo: '2027-11-30'
		});
		expect((await officer.applications.state(at)).status).toBe('approved');
		expect(count(db, 'SELECT count(*) AS n FROM permit WHERE application_id = ?', id)).toBe(1);
		// The municipality's register lists it; another municipality's officer sees none of it.
		expect(await officer.decisions.permits({ municipalityId: 'riga' })).toEqual([
			expect.objectContaining({
				number: 'RIGA-A-2026-000001',
				applicationId: id,
				holder: 'SIA Ziemeļu Gaismas (reģ. Nr. 40203123456)',
				location: 'Brīvības iela 21, Rīga'
			})
		]);
		expect(
			await callerFor(db, 'demo-officer-liepaja', () => now).decisions.permits({
				municipalityId: 'liepaja'
			})
		).toEqual([]);
		expect(
			count(
				db,
				"SELECT count(*) AS n FROM notification WHERE person_id = 'demo-citizen-liga' AND kind = 'decision-made'"
			)
		).toBe(1);

		// The applicant downloads it; the text reads back with every Latvian letter as written.
		const response = handleDecisionGet(db, identityOf(db, 'demo-citizen-liga'), id);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		const bytes = new Uint8Array(await response.arrayBuffer());
		const { text } = await extractPdf(bytes);
		expect(text).toContain('LĒMUMS');
		expect(text).toContain('RIGA-A-2026-000001');
		expect(text).toContain('SIA Ziemeļu Gaismas');
		expect(text).toContain('Gaismas intensitāte naktī — ne vairāk kā 300 kd/m².');
		expect(text).toContain('Brīvības iela 21, Rīga');
		// Stored once, by its hash: the file on disk is these bytes.
		const sha = count(db, 'SELECT 1 AS n FROM decision WHERE application_id = ?', id);
		expect(sha).toBe(1);
		const stored = db.$client
			.prepare('SELECT b.path AS path FROM decision d JOIN blob b ON b.sha256 = d.pdf_sha256')
			.get() as { path: string };
		expect(new Uint8Array(readFileSync(join(blobDirFor(db), stored.path)))).toEqual(bytes);

		expect(handleDecisionGet(db, identityOf(db, 'demo-citizen-anna'), id).status).toBe(404);
		expect(handleDecisionGet(db, identityOf(db, 'demo-officer-riga'), id).status).toBe(200);

		// Decided: a second decision is refused by the workflow.
		await expect(
			officer.decisions.decide({
				...at,
				baseVersion: (await officer.applications.state(at)).version,
				outcome: 'refused',
				paragraphs: ['Nav']
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'workflow.notFromState' });
	});

	it('refuses only with reasons, on the version the officer saw, where the workflow allows', async () => {
		const db = freshDb();
		const officer = callerFor(db, 'demo-officer-riga');
		const id = insertQueued(db, { status: 'in_review' });
		const at = { municipalityId: 'riga', id };
		const { version } = await officer.applications.state(at);
		await expect(
			officer.decisions.decide({
				...at,
				baseVersion: version,
				outcome: 'refused',
				paragraphs: [' ']
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			officer.decisions.decide({
				...at,
				baseVersion: version - 1,
				outcome: 'refused',
				paragraphs: ['Bērns nav deklarēts pašvaldībā.']
			})
		).rejects.toMatchObject({ code: 'CONFLICT', message: 'workflow.stale' });
		// Enrolment has no "approve": its way on is the queue and an offered place.
		await expect(
			officer.decisions.decide({
				...at,
				baseVersion: version,
				outcome: 'approved',
				paragraphs: []
			})
		).rejects.toMatchObject({ message: 'workflow.unknownAction' });
		const refused = await officer.decisions.decide({
			...at,
			baseVersion: version,
			outcome: 'refused',
			paragraphs: ['Bērns nav deklarēts pašvaldībā.']
		});
		expect(refused.permit).toBeNull();
		expect((await officer.applications.state(at)).status).toBe('refused');
	});
});
