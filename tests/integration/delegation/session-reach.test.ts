import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicationsRepo } from '../../../server/applications/applications.repo';
import { handleDecisionGet } from '../../../server/decisions/decision-download';
import { TEST_PERSONS } from '../../../server/idp-standin/test-persons';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import type { Mutation } from '../../../src/lib/domain/sync';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';
import { identityAs, pullIds, signedInAs, type SignedIn } from './sessions';

const ANNA = 'demo-citizen-anna';
const JANIS = 'demo-citizen-janis';
/** Jānis acting for Anna, as Latvija.lv names him then. */
const JANIS_FOR_ANNA = TEST_PERSONS.find((p) => p.key === 'delegated-janis')?.identifier ?? '';
/** Jānis acting for Līga (221178-12342) under another power of attorney. */
const JANIS_FOR_LIGA = 'DP:22117812342-PK:02079012345';

const push = (caller: SignedIn, mutations: Mutation[]) =>
	caller.sync.push({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, mutations });

const editOf = (id: string): Mutation => ({
	id: 1,
	name: 'application.saveDraft',
	args: {
		id,
		municipalityId: 'riga',
		service: 'education-enrolment',
		patch: { applicantPhone: '+371 2611 1111' }
	}
});

const attachOf = (id: string): Mutation => ({
	id: 1,
	name: 'attachment.add',
	args: {
		attachmentId: uuidv7(),
		recordId: id,
		municipalityId: 'riga',
		sha256: 'a'.repeat(64),
		size: 1000,
		mime: 'application/pdf',
		filename: 'pilnvara.pdf'
	}
});

/** A draft Jānis made for Anna in a session acting for her. */
async function draftMadeForAnna() {
	const db = freshDb();
	const forAnna = signedInAs(db, JANIS, JANIS_FOR_ANNA);
	const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
	const made = await push(forAnna, mutations.slice(0, 1));
	expect(made.results[0]?.status).toBe('applied');
	return { db, id, forAnna };
}

describe('a delegate reaches what they made for a grantor only while acting for that grantor', () => {
	it('signed in for themself, the delegate neither lists nor changes it; acting for her, they do', async () => {
		const { db, id, forAnna } = await draftMadeForAnna();
		const himself = signedInAs(db, JANIS, null);

		expect(await pullIds(himself)).not.toContain(id);
		const edit = await push(himself, [editOf(id)]);
		expect(edit.results[0]?.status).toBe('rejected');
		const attach = await push(himself, [attachOf(id)]);
		expect(attach.results[0]).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });

		// Acting for Anna again, all of it works.
		expect(await pullIds(forAnna)).toContain(id);
		expect((await push(forAnna, [editOf(id)])).results[0]?.status).toBe('applied');
		expect((await push(forAnna, [attachOf(id)])).results[0]?.status).toBe('applied');
	});

	it('acting for another grantor, the delegate does not reach it either', async () => {
		const { db, id } = await draftMadeForAnna();
		const forLiga = signedInAs(db, JANIS, JANIS_FOR_LIGA);
		expect(await pullIds(forLiga)).not.toContain(id);
		expect((await push(forLiga, [editOf(id)])).results[0]?.status).toBe('rejected');
	});

	it('the grantor always reaches it, and the delegate’s own applications stay out of her session', async () => {
		const { db, id } = await draftMadeForAnna();
		const himself = signedInAs(db, JANIS, null);
		const own = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
		await push(himself, own.mutations.slice(0, 1));

		const anna = signedInAs(db, ANNA, null);
		expect(await pullIds(anna)).toContain(id);
		expect((await push(anna, [editOf(id)])).results[0]?.status).toBe('applied');
		expect(await pullIds(anna)).not.toContain(own.recordId);
		// Acting for Anna, Jānis sees hers only: his own are for his own session.
		expect(await pullIds(signedInAs(db, JANIS, JANIS_FOR_ANNA))).toEqual([id]);
		expect(await pullIds(himself)).toEqual([own.recordId]);
	});

	it('a device that pulled acting for her starts afresh when the delegate signs in for himself', async () => {
		const { db, id, forAnna } = await draftMadeForAnna();
		const clientId = randomUUID();
		const first = await forAnna.sync.pull({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			cookie: null
		});
		expect(first.patch.map((p) => p.id)).toContain(id);

		// The same device (same client, same cookie), now signed in for himself.
		const himself = signedInAs(db, JANIS, null);
		const next = await himself.sync.pull({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			cookie: first.cookie
		});
		// A reset: the device replaces its copy, so Anna's application leaves it.
		expect(next.reset).toBe(true);
		expect(next.patch.map((p) => p.id)).not.toContain(id);
	});
});

describe('the decision on an application made under a power of attorney', () => {
	it('downloads for the grantor, and for the delegate only while acting for her', async () => {
		const db = freshDb();
		// HONEST FIXTURE: Anna's sign permit in review, recorded as made by Jānis for her.
		const id = insertQueued(db, {
			service: 'advertising-permit',
			status: 'in_review',
			applicantId: ANNA,
			data: {
				applicantType: 'person',
				contactName: 'Anna Bērziņa',
				email: 'anna@example.lv',
				permitKind: 'sign',
				address: { text: 'Brīvības iela 21, Rīga' },
				point: { lat: 56.9566, lon: 24.1234 },
				dateFrom: '2026-12-01',
				dateTo: '2027-11-30'
			}
		});
		applicationsRepo.insertDelegate(db, id, JANIS, Date.now());
		const officerCaller = callerFor(db, 'demo-officer-riga');
		const officer = officerCaller.applications;
		const decisions = officerCaller.decisions;
		const at = { municipalityId: 'riga', id };
		const { version } = await officer.state(at);
		await decisions.decide({ ...at, baseVersion: version, outcome: 'approved', paragraphs: [] });

		const statusFor = (personId: string, identifier: string | null) =>
			handleDecisionGet(db, identityAs(db, personId, identifier), id).status;
		expect(statusFor(ANNA, null)).toBe(200);
		expect(statusFor(JANIS, JANIS_FOR_ANNA)).toBe(200);
		expect(statusFor(JANIS, null)).toBe(404);
		expect(statusFor(JANIS, JANIS_FOR_LIGA)).toBe(404);
		expect(statusFor('demo-citizen-liga', null)).toBe(404);
	});
});
