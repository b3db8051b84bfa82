import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handleBlobGet } from '../../../server/app/blob-download';
import { roleAssignment } from '../../../server/db/schema';
import { peopleRepo } from '../../../server/identity/people.repo';
import { uuidv7 } from '../../../src/lib/domain/ids';
import type { InspectionView } from '../../../src/lib/domain/inspection';
import { SCHEMA_VERSION, type Mutation } from '../../../src/lib/domain/sync';
import { callerFor, count, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

/** HONEST FIXTURE: a company's sign permit in Rīga being reviewed, as the form stores it. */
const SIGN_PERMIT = {
	applicantType: 'company',
	companyName: 'SIA Ziemeļu Gaismas',
	registrationNumber: '40203123456',
	contactName: 'Jānis Bērziņš',
	email: 'janis@example.lv',
	permitKind: 'sign',
	address: { text: 'Brīvības iela 21, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	width: '2,5',
	height: '0,8',
	lighting: 'yes',
	content: 'Kafejnīcas nosaukums un logotips',
	dateFrom: '2026-12-01',
	dateTo: '2027-11-30'
};

const NOW = Date.parse('2026-11-20T10:00:00Z');
const INSPECTOR = 'demo-inspector-riga';
const AT_SITE = { lat: 56.95662, lon: 24.12345, accuracyMetres: 6, at: NOW };

function world() {
	const db = freshDb();
	const applicationId = insertQueued(db, {
		service: 'advertising-permit',
		status: 'in_review',
		applicantId: 'demo-citizen-liga',
		data: SIGN_PERMIT
	});
	return { db, applicationId, officer: callerFor(db, 'demo-officer-riga', () => NOW) };
}

async function schedule(w: ReturnType<typeof world>, inspectorId = INSPECTOR) {
	return w.officer.inspections.schedule({
		municipalityId: 'riga',
		applicationId: w.applicationId,
		followsId: null,
		kind: 'preDecision',
		inspectorId,
		dueOn: '2026-11-25',
		instructions: 'Pārbaudīt, vai fasāde ir piemērota.'
	});
}

/** The inspector's device: pushes mutations in order and pulls, as the sync engine does. */
function device(db: ReturnType<typeof freshDb>, personId: string) {
	const caller = callerFor(db, personId, () => NOW);
	const clientId = randomUUID();
	let next = 1;
	return {
		async push(...mutations: Omit<Mutation, 'id'>[]) {
			const out = await caller.sync.push({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations: mutations.map((m) => ({ ...m, id: next++ }))
			});
			return out.results;
		},
		async pull() {
			const out = await caller.sync.pull({ clientId, schemaVersion: SCHEMA_VERSION, cookie: null });
			return out.inspections ?? [];
		}
	};
}

const photo = (inspectionId: string, sha = 'a'.repeat(64)) => ({
	name: 'inspection.photo',
	args: {
		inspectionId,
		municipalityId: 'riga',
		photoId: uuidv7(),
		sha256: sha,
		mime: 'image/jpeg',
		size: 48_213,
		takenAt: NOW,
		position: AT_SITE
	}
});

const ALL_CHECKS = {
	design: 'yes',
	dimensions: 'no',
	position: 'yes',
	mounting: 'yes',
	lighting: 'na',
	permitNumber: 'yes'
} as const;

function complete(view: InspectionView, extra: Record<string, unknown> = {}) {
	return {
		name: 'inspection.complete',
		args: {
			inspectionId: view.id,
			municipalityId: 'riga',
			taskVersion: view.version,
			checks: ALL_CHECKS,
			position: AT_SITE,
			notes: 'Izkārtne par 20 cm platāka nekā atļauts.',
			result: 'defects',
			defectDeadline: '2026-12-15',
			photoIds: [],
			completedAt: NOW,
			...extra
		}
	};
}

describe('field inspections', () => {
	it('a scheduled task reaches only its inspector, with what to check and against what', async () => {
		const w = world();
		const { id } = await schedule(w);
		const [entry, ...more] = await device(w.db, INSPECTOR).pull();
		expect(more).toEqual([]);
		expect(entry?.op).toBe('put');
		const view = entry?.data as InspectionView;
		expect(view).toMatchObject({
			id,
			kind: 'preDecision',
			status: 'assigned',
			applicationId: w.applicationId,
			dueOn: '2026-11-25',
			subject: {
				permitKind: 'sign',
				holder: 'SIA Ziemeļu Gaismas (reģ. Nr. 40203123456)',
				location: 'Brīvības iela 21, Rīga',
				lat: 56.9566,
				lon: 24.1234,
				width: 2.5,
				height: 0.8,
				lighting: 'yes'
			}
		});
		// The municipality's checklist for signs, and its position limits, copied into the task.
		expect(view.checklist.length).toBeGreaterThan(0);
		expect(view.checklist).toContain('dimensions');
		expect(view.limits.maxDistanceMetres).toBeGreaterThan(0);
		// The inspector is told, in the app, with a link that opens the task.
		const [notice] = (await callerFor(w.db, INSPECTOR, () => NOW).notices.list({ limit: 5 })).items;
		expect(notice).toMatchObject({
			kind: 'inspection-assigned',
			path: `/inspections/${id}`,
			state: { lv: 'Pārbaude pirms lēmuma' }
		});
		// Someone else (an officer, a citizen) pulls no inspections.
		expect(await device(w.db, 'demo-officer-riga').pull()).toEqual([]);
		expect(await device(w.db, 'demo-citizen-liga').pull()).toEqual([]);
	});

	it('refuses an answer to a check the inspected service does not have, at that check', async () => {
		const w = world();
		await schedule(w);
		const inspector = device(w.db, INSPECTOR);
		const view = (await inspector.pull())[0]?.data as InspectionView;
		const [refused] = await inspector.push(
			complete(view, { checks: { ...ALL_CHECKS, roofColour: 'yes' } })
		);
		expect(refused?.status).toBe('rejected');
		expect(refused?.status === 'rejected' ? refused.error.issues : []).toEqual([
			{ path: 'checks.roofColour', message: 'field.invalid' }
		]);
		const seen = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: view.id });
		expect(seen.status).toBe('assigned');
	});

	it('refuses a result with checks missing, naming each; the complete one arrives with its photos', async () => {
		const w = world();
		await schedule(w);
		const inspector = device(w.db, INSPECTOR);
		const view = (await inspector.pull())[0]?.data as InspectionView;
		const [refused] = await inspector.push(
			complete(view, { checks: { design: 'yes' }, result: 'compliant', defectDeadline: null })
		);
		expect(refused?.status).toBe('rejected');
		const missing = view.checklist.filter((k) => k !== 'design').map((k) => `checks.${k}`);
		expect(refused?.status === 'rejected' ? refused.error.issues?.map((i) => i.path) : []).toEqual(
			missing
		);
		// A defect needs a deadline (the schema says so before any database is read).
		const [noDeadline] = await inspector.push(complete(view, { defectDeadline: null }));
		expect(noDeadline?.status === 'rejected' && noDeadline.error.issues?.[0]?.message).toBe(
			'inspection.deadlineRequired'
		);

		const first = photo(view.id, 'b'.repeat(64));
		const second = photo(view.id, 'c'.repeat(64));
		const photoIds = [first.args.photoId, second.args.photoId];
		const results = await inspector.push(first, second, complete(view, { photoIds }));
		expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

		const seen = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: view.id });
		expect(seen.status).toBe('done');
		expect(seen.outcome).toMatchObject({ result: 'defects', defectDeadline: '2026-12-15' });
		expect(seen.outcome?.checks).toEqual(ALL_CHECKS);
		// Both expected until their bytes arrive (taken in the same millisecond: order by id).
		expect(seen.photos.map((p) => [p.photoId, p.status]).sort()).toEqual(
			photoIds.map((photoId) => [photoId, 'expected']).sort()
		);
		expect(seen.conflict).toBeNull();
		// Listed on the application for the officer.
		const onApp = await w.officer.inspections.list({
			municipalityId: 'riga',
			applicationId: w.applicationId
		});
		expect(onApp.map((i) => i.id)).toEqual([view.id]);
		// Sent twice (another device): refused, the first result stands.
		const [again] = await device(w.db, INSPECTOR).push(complete(view));
		expect(again?.status === 'rejected' && again.error.code).toBe('ALREADY_DONE');
	});

	it('a task the officer changed while the inspector was offline keeps the result and shows the change to both', async () => {
		const w = world();
		const { id } = await schedule(w);
		const inspector = device(w.db, INSPECTOR);
		const offlineCopy = (await inspector.pull())[0]?.data as InspectionView;
		// Meanwhile, in the office:
		await w.officer.inspections.update({
			municipalityId: 'riga',
			inspectionId: id,
			version: offlineCopy.version,
			dueOn: '2026-11-23',
			instructions: 'Nofotografēt arī stiprinājumus.'
		});
		const [result] = await inspector.push(complete(offlineCopy));
		expect(result).toMatchObject({ status: 'applied', result: { conflict: true } });

		const seen = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: id });
		expect(seen.outcome?.notes).toBe('Izkārtne par 20 cm platāka nekā atļauts.');
		expect(seen.conflict).toMatchObject({
			status: 'open',
			baseVersion: offlineCopy.version,
			changes: [
				{ field: 'dueOn', before: '2026-11-25', after: '2026-11-23' },
				{
					field: 'instructions',
					before: 'Pārbaudīt, vai fasāde ir piemērota.',
					after: 'Nofotografēt arī stiprinājumus.'
				}
			]
		});
		const pulled = (await inspector.pull())[0]?.data as InspectionView;
		expect(pulled.conflict?.status).toBe('open');
		// The inspector has read it: resolved for both.
		const [ack] = await inspector.push({
			name: 'inspection.resolveConflict',
			args: { inspectionId: id, municipalityId: 'riga' }
		});
		expect(ack?.status).toBe('applied');
		const after = await w.officer.inspections.get({ municipalityId: 'riga', inspectionId: id });
		expect(after.conflict).toMatchObject({
			status: 'resolved',
			resolvedBy: 'inspector'
		});
	});

	it('an unpermitted ad reported on site is a case in the office, with its position and photos', async () => {
		const w = world();
		const inspector = device(w.db, INSPECTOR);
		const reportId = uuidv7();
		const shot = photo(reportId, 'd'.repeat(64));
		const results = await inspector.push(
			{
				name: 'inspection.report',
				args: {
					inspectionId: reportId,
					municipalityId: 'riga',
					position: AT_SITE,
					description: 'Baneris uz žoga, Tērbatas iela 14',
					notes: 'Bez atļaujas numura.',
					reportedAt: NOW
				}
			},
			shot
		);
		expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
		const reports = await w.officer.inspections.list({ municipalityId: 'riga', kind: 'report' });
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({
			id: reportId,
			status: 'done',
			description: 'Baneris uz žoga, Tērbatas iela 14',
			outcome: { result: 'unpermitted', position: AT_SITE },
			photos: [{ photoId: shot.args.photoId, position: AT_SITE }]
		});
		// The officer of another municipality sees nothing of it; a citizen cannot report.
		expect(
			await callerFor(w.db, 'demo-officer-liepaja', () => NOW).inspections.list({
				municipalityId: 'liepaja'
			})
		).toEqual([]);
		const [citizen] = await device(w.db, 'demo-citizen-liga').push({
			name: 'inspection.report',
			args: {
				...(results && {}),
				inspectionId: uuidv7(),
				municipalityId: 'riga',
				position: AT_SITE,
				description: 'x',
				notes: '',
				reportedAt: NOW
			}
		});
		expect(citizen?.status === 'rejected' && citizen.error.code).toBe('FORBIDDEN');
		// A re-inspection of the report goes to an inspector with the report's place.
		const again = await w.officer.inspections.schedule({
			municipalityId: 'riga',
			applicationId: null,
			followsId: reportId,
			kind: 'reinspection',
			inspectorId: INSPECTOR,
			dueOn: '2026-12-01',
			instructions: 'Vai baneris noņemts?'
		});
		const task = await w.officer.inspections.get({
			municipalityId: 'riga',
			inspectionId: again.id
		});
		expect(task).toMatchObject({
			followsId: reportId,
			subject: { lat: AT_SITE.lat, lon: AT_SITE.lon }
		});
	});

	it('a task given to another inspector leaves the first one’s device', async () => {
		const w = world();
		const db = w.db;
		// A second inspector in Rīga.
		db.insert(roleAssignment)
			.values({
				id: 'second-inspector-role',
				personId: 'demo-officer-liepaja',
				role: 'inspector',
				municipalityId: 'riga',
				service: null,
				createdAt: NOW
			})
			.run();
		const { id } = await schedule(w);
		const first = device(db, INSPECTOR);
		expect((await first.pull()).map((e) => e.op)).toEqual(['put']);
		await w.officer.inspections.update({
			municipalityId: 'riga',
			inspectionId: id,
			version: 1,
			inspectorId: 'demo-officer-liepaja'
		});
		expect(await first.pull()).toEqual([{ op: 'del', id, data: null }]);
		// The inspector it now belongs to is told.
		expect(
			count(
				db,
				"SELECT count(*) AS n FROM notification WHERE person_id = 'demo-officer-liepaja' AND kind = 'inspection-assigned'"
			)
		).toBe(1);
		expect((await device(db, 'demo-officer-liepaja').pull()).map((e) => e.op)).toEqual(['put']);
	});

	it('photos are shown to the officers of the municipality once their bytes arrived, to nobody else', async () => {
		const w = world();
		await schedule(w);
		const inspector = device(w.db, INSPECTOR);
		const view = (await inspector.pull())[0]?.data as InspectionView;
		const shot = photo(view.id, 'e'.repeat(64));
		await inspector.push(shot);
		const identity = (personId: string) => ({
			person: peopleRepo.findById(w.db, personId),
			roles: w.db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all()
		});
		const url = new URL(`http://x/api/blob/${shot.args.sha256}?photo=${shot.args.photoId}`);
		const get = (personId: string) =>
			handleBlobGet(w.db, identity(personId), shot.args.sha256, url);
		expect(get('demo-officer-riga').status).toBe(404);
		expect(await get('demo-officer-riga').json()).toMatchObject({
			error: { code: 'NOT_RECEIVED' }
		});
		expect(await get('demo-officer-liepaja').json()).toMatchObject({
			error: { code: 'UNKNOWN_FILE' }
		});
		expect(await get('demo-citizen-liga').json()).toMatchObject({
			error: { code: 'UNKNOWN_FILE' }
		});
	});
});
