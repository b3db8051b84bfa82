import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handleBlobPut } from '../../server/app/blob-upload';
import { handleDecisionGet } from '../../server/decisions/decision-download';
import { peopleRepo } from '../../server/identity/people.repo';
import { schedulePeriodicInspections } from '../../server/inspections/periodic';
import { CHUNK_CONTENT_TYPE, UPLOAD_OFFSET_HEADER } from '../../src/lib/domain/attachments';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { InspectionView } from '../../src/lib/domain/inspection';
import { SCHEMA_VERSION, type Mutation } from '../../src/lib/domain/sync';
import { STREET_TRADE } from '../../src/lib/services/street-trade/definition';
import { demoTradeSettings } from '../../src/lib/services/street-trade/demo-settings';
import { extractPdf } from './decisions-pdf/extract';
import { callerFor, count, freshDb } from './harness';

/**
 * The street trade permit through the real server code: a citizen's draft saved and
 * submitted through sync (with the stall's photo), refused with the rule's message where a
 * rule is broken, reviewed and approved with conditions by Rīga's officer, and then in
 * Rīga's register of issued permits (and in no other municipality's).
 */

const NOW = Date.parse('2027-05-03T09:00:00Z');
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
const PHOTO_SHA = createHash('sha256').update(PHOTO).digest('hex');

/** HONEST FIXTURE: a person's flower stall in Rīga's centre on the weekends of June 2027. */
const FLOWER_STALL = {
	applicantType: 'person',
	contactName: 'Anna Bērziņa',
	phone: '+371 29123456',
	email: 'anna@example.lv',
	goods: ['flowers'],
	goodsDescription: 'Pašu audzētas peonijas un rozes',
	stallType: 'table',
	address: { text: 'Tērbatas iela 2, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	zone: 'centre',
	dateFrom: '2027-06-01',
	dateTo: '2027-06-30',
	tradeDays: ['6', '7'],
	opensAt: '08:00',
	closesAt: '18:00',
	stallWidth: '2',
	stallDepth: '1,5'
};

function citizen(db: ReturnType<typeof freshDb>) {
	const caller = callerFor(db, 'demo-citizen-anna', () => NOW);
	const clientId = randomUUID();
	let next = 1;
	return async (name: Mutation['name'], args: Record<string, unknown>) => {
		const out = await caller.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [{ id: next++, name, args }]
		});
		return out.results[0];
	};
}

async function submittedStall(db: ReturnType<typeof freshDb>, answers = FLOWER_STALL) {
	const push = citizen(db);
	const id = uuidv7();
	const draft = { id, municipalityId: 'riga', service: STREET_TRADE };
	expect((await push('application.saveDraft', { ...draft, patch: answers }))?.status).toBe(
		'applied'
	);
	const attachmentId = uuidv7();
	const added = await push('attachment.add', {
		attachmentId,
		recordId: id,
		municipalityId: 'riga',
		sha256: PHOTO_SHA,
		size: PHOTO.length,
		mime: 'image/jpeg',
		filename: 'stends.jpg'
	});
	expect(added?.status).toBe('applied');
	// The photo's bytes arrive, as the device uploads them.
	await callerFor(db, 'demo-citizen-anna', () => NOW).attachments.beginUpload({
		sha256: PHOTO_SHA,
		size: PHOTO.length,
		mime: 'image/jpeg'
	});
	const put = await handleBlobPut(
		db,
		peopleRepo.findById(db, 'demo-citizen-anna'),
		PHOTO_SHA,
		new Request(`http://localhost/api/blob/${PHOTO_SHA}`, {
			method: 'PUT',
			headers: { 'content-type': CHUNK_CONTENT_TYPE, [UPLOAD_OFFSET_HEADER]: '0' },
			body: PHOTO
		})
	);
	expect(put.status).toBe(204);
	const fields = { ...answers, stallSketch: [attachmentId] };
	await push('application.saveDraft', { ...draft, patch: { stallSketch: [attachmentId] } });
	const submitted = await push('application.submit', {
		id,
		municipalityId: 'riga',
		submissionId: uuidv7(),
		payloadHash: contentHash(fields)
	});
	return { id, submitted };
}

describe('the street trade permit on the server', () => {
	it('goes from a draft to an issued permit with conditions, in the municipality’s register', async () => {
		const db = freshDb();
		const { id, submitted } = await submittedStall(db);
		expect(submitted?.status).toBe('applied');

		const officer = callerFor(db, 'demo-officer-riga', () => NOW + 3_600_000);
		const queue = await officer.office.queue({ municipalityId: 'riga', service: STREET_TRADE });
		expect(queue.rows).toEqual([
			expect.objectContaining({ id, service: STREET_TRADE, status: 'submitted' })
		]);
		const at = { municipalityId: 'riga', id };
		const first = await officer.applications.state(at);
		// Rīga decides in 10 working days: received Monday 3 May 2027; 4 May is a public
		// holiday (Restoration of Independence), so the tenth working day is Tuesday 18 May.
		expect(first.dueOn).toBe('2027-05-18');
		const review = await officer.applications.transition({
			...at,
			action: 'startReview',
			baseVersion: first.version
		});
		expect(review.status).toBe('in_review');

		const conditions = await officer.decisions.decisionTemplate({ ...at, outcome: 'approved' });
		expect(conditions).toHaveLength(6);
		expect(conditions[2]).toContain('sestdienās un svētdienās no plkst. 08:00 līdz plkst. 18:00');
		const decision = await officer.decisions.decide({
			...at,
			baseVersion: (await officer.applications.state(at)).version,
			outcome: 'approved',
			paragraphs: [...conditions, 'Skaņu pastiprinošas iekārtas neizmantot.']
		});
		expect(decision.permit?.number).toMatch(/^RIGA-A-2027-\d{6}$/);
		expect(decision.permit).toMatchObject({ validFrom: '2027-06-01', validTo: '2027-06-30' });
		expect((await officer.applications.state(at)).status).toBe('approved');

		const register = await officer.decisions.permits({
			municipalityId: 'riga',
			from: '2027-05-01'
		});
		expect(register).toEqual([
			expect.objectContaining({
				applicationId: id,
				kind: 'table',
				holder: 'Anna Bērziņa',
				location: 'Tērbatas iela 2, Rīga',
				lat: 56.9566,
				lon: 24.1234,
				validFrom: '2027-06-01',
				validTo: '2027-06-30'
			})
		]);
		expect(
			await callerFor(db, 'demo-officer-liepaja', () => NOW).decisions.permits({
				municipalityId: 'liepaja',
				from: '2027-05-01'
			})
		).toEqual([]);
		expect(
			count(
				db,
				"SELECT count(*) AS n FROM notification WHERE person_id = 'demo-citizen-anna' AND kind = 'decision-made'"
			)
		).toBe(1);

		// The seller's decision states the conditions and the duty with its formula.
		const anna = peopleRepo.findById(db, 'demo-citizen-anna');
		const response = handleDecisionGet(db, { person: anna, roles: [] }, id);
		expect(response.status).toBe(200);
		const { text } = await extractPdf(new Uint8Array(await response.arrayBuffer()));
		expect(text).toContain('Tērbatas iela 2, Rīga');
		expect(text).toContain('Skaņu pastiprinošas iekārtas neizmantot.');
		expect(text).toContain('pircējiem redzamā vietā');
		expect(text).toContain('90,00');
	});

	it('is inspected on site with its own checklist, against the stall as permitted', async () => {
		const db = freshDb();
		const { id } = await submittedStall(db);
		const officer = callerFor(db, 'demo-officer-riga', () => NOW);
		await officer.inspections.schedule({
			municipalityId: 'riga',
			applicationId: id,
			followsId: null,
			kind: 'preDecision',
			inspectorId: 'demo-inspector-riga',
			dueOn: '2027-05-10',
			instructions: 'Pārbaudīt, vai ietve ir pietiekami plata.'
		});
		const inspector = callerFor(db, 'demo-inspector-riga', () => NOW);
		const clientId = randomUUID();
		const pulled = await inspector.sync.pull({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			cookie: null
		});
		const view = pulled.inspections?.[0]?.data as InspectionView;
		expect(view).toMatchObject({
			service: STREET_TRADE,
			applicationId: id,
			subject: {
				permitKind: 'table',
				holder: 'Anna Bērziņa',
				location: 'Tērbatas iela 2, Rīga',
				stallWidth: 2,
				stallDepth: 1.5,
				goods: 'Ziedi un stādi',
				hours: 'Sestdienās un svētdienās 08:00–18:00'
			},
			// Rīga's list, and its position limits.
			checklist: [
				'permitDisplayed',
				'placeAsPermitted',
				'stallSize',
				'goodsAsPermitted',
				'tradingHours',
				'cleanliness'
			],
			limits: { maxDistanceMetres: 30, maxAccuracyMetres: 30 }
		});
		// The stall's photo goes along as the reference to compare with.
		expect(view.designFiles.map((f) => f.filename)).toEqual(['stends.jpg']);

		const position = { lat: 56.95661, lon: 24.12341, accuracyMetres: 5, at: NOW };
		const complete = (checks: Record<string, string>) => ({
			id: 1,
			name: 'inspection.complete' as const,
			args: {
				inspectionId: view.id,
				municipalityId: 'riga',
				taskVersion: view.version,
				checks,
				position,
				notes: 'Galds novietots, kā atļauts.',
				result: 'compliant',
				defectDeadline: null,
				photoIds: [],
				completedAt: NOW
			}
		});
		const answers = Object.fromEntries(view.checklist.map((key) => [key, 'yes']));
		// An advertising check is no check of a trading place: refused, naming it.
		const wrong = await inspector.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [complete({ ...answers, mounting: 'yes' })]
		});
		expect(wrong.results[0]).toMatchObject({
			status: 'rejected',
			error: { issues: [expect.objectContaining({ path: 'checks.mounting' })] }
		});
		const done = await inspector.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [{ ...complete(answers), id: 2 }]
		});
		expect(done.results[0]?.status).toBe('applied');
		const seen = await officer.inspections.get({ municipalityId: 'riga', inspectionId: view.id });
		expect(seen.outcome).toMatchObject({ result: 'compliant', checks: answers });
	});

	it('is inspected periodically by its own settings: never in Rīga’s demo, monthly once its admin says so', async () => {
		const db = freshDb();
		const { id } = await submittedStall(db);
		const officer = callerFor(db, 'demo-officer-riga', () => NOW);
		const at = { municipalityId: 'riga', id };
		await officer.applications.transition({
			...at,
			action: 'startReview',
			baseVersion: (await officer.applications.state(at)).version
		});
		await officer.decisions.decide({
			...at,
			baseVersion: (await officer.applications.state(at)).version,
			outcome: 'approved',
			paragraphs: await officer.decisions.decisionTemplate({ ...at, outcome: 'approved' })
		});
		// 10 June: trading has begun, the permit is five weeks old.
		const june = Date.parse('2027-06-10T06:00:00Z');
		// Rīga's demo settings do not inspect street trade periodically.
		expect(schedulePeriodicInspections(db, june)).toBe(0);
		const riga = demoTradeSettings.riga;
		if (!riga) {
			throw new Error('Rīga has demo settings');
		}
		await callerFor(db, 'demo-admin-riga').admin.updateService({
			municipalityId: 'riga',
			service: STREET_TRADE,
			enabled: true,
			settings: { ...riga, inspection: { ...riga.inspection, periodicMonths: 1 } }
		});
		expect(schedulePeriodicInspections(db, june)).toBe(1);
		expect(schedulePeriodicInspections(db, june)).toBe(0);
		const [task] = await officer.inspections.list({ municipalityId: 'riga', applicationId: id });
		expect(task).toMatchObject({ kind: 'periodic', status: 'assigned' });
	});

	it('refuses the submission with each rule’s message at its field, and keeps the draft', async () => {
		const db = freshDb();
		const { id, submitted } = await submittedStall(db, {
			...FLOWER_STALL,
			point: { lat: 56.5047, lon: 21.0108 },
			opensAt: '18:00',
			closesAt: '08:00',
			stallWidth: '4'
		});
		expect(submitted).toMatchObject({ status: 'rejected', error: { code: 'INCOMPLETE' } });
		const issues =
			submitted?.status === 'rejected'
				? (submitted.error.issues ?? []).map((i) => `${i.path}:${i.message}`)
				: [];
		expect(issues.sort()).toEqual([
			'closesAt:streetTrade.closesBeforeOpening',
			'point:streetTrade.outsideMunicipality',
			'stallWidth:streetTrade.stallTooWide'
		]);
		const kept = db.$client
			.prepare('SELECT status, data FROM application WHERE id = ?')
			.get(id) as { status: string; data: string };
		expect(kept.status).toBe('draft');
		expect(JSON.parse(kept.data)).toMatchObject({ opensAt: '18:00', stallWidth: '4' });
	});
});
