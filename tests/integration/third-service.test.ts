import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION, type Mutation } from '../../src/lib/domain/sync';
import { validateAll, withoutHidden } from '../../src/lib/services/engine';
import { registerServiceForTests } from '../../src/lib/services/registry';
import {
	COMPLETE_PET,
	PET_REGISTRATION,
	petRegistration,
	type PetSettings
} from '../fixtures/services/pet-registration/definition';
import { callerFor, freshDb } from './harness';

/**
 * Proof of genericity: a service the platform was never told about (a test fixture built
 * with defineService) is set up by a municipal admin, saved and submitted through the real
 * sync, and appears in the officer's queue. Nothing in server/ names it.
 */
let unregister: () => void;
beforeAll(() => {
	unregister = registerServiceForTests(petRegistration);
});
afterAll(() => unregister());

const rigaSettings: PetSettings = {
	breeds: [
		{ value: 'mixed', label: { lv: 'Jaukta šķirne', en: 'Mixed breed' } },
		{ value: 'labrador', label: { lv: 'Labradora retrīvers', en: 'Labrador retriever' } }
	]
};

/**
 * A database where Rīga offers the dog registration with its own breeds, set through the
 * admin procedure (the demo seed offers every registered service with its defaults).
 */
async function rigaOffersIt() {
	const db = freshDb();
	await callerFor(db, 'demo-admin-riga').admin.updateService({
		municipalityId: 'riga',
		service: PET_REGISTRATION,
		enabled: true,
		settings: rigaSettings
	});
	return db;
}

function push(db: ReturnType<typeof freshDb>, mutations: Mutation[]) {
	return callerFor(db, 'demo-citizen-anna', () => Date.parse('2026-06-01T09:00:00Z')).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
}

const saveDraft = (id: number, recordId: string, patch: Record<string, unknown>): Mutation => ({
	id,
	name: 'application.saveDraft',
	args: { id: recordId, municipalityId: 'riga', service: PET_REGISTRATION, patch }
});

const submit = (id: number, recordId: string, fields: Record<string, unknown>): Mutation => ({
	id,
	name: 'application.submit',
	args: {
		id: recordId,
		municipalityId: 'riga',
		submissionId: uuidv7(),
		payloadHash: contentHash(fields)
	}
});

describe('a third e-service, registered only by a test', () => {
	it('goes from a draft to a submitted application in the officer queue', async () => {
		const db = await rigaOffersIt();
		const recordId = uuidv7();
		const { truthful, ...firstPart } = COMPLETE_PET;
		// As the form does: what the engine accepts in the browser, the server accepts too.
		expect(validateAll(petRegistration, COMPLETE_PET, null)).toEqual([]);
		const out = await push(db, [
			saveDraft(1, recordId, firstPart),
			saveDraft(2, recordId, { truthful }),
			submit(3, recordId, withoutHidden(petRegistration, COMPLETE_PET))
		]);
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

		const officer = callerFor(db, 'demo-officer-riga');
		const queue = await officer.office.queue({ municipalityId: 'riga', service: PET_REGISTRATION });
		expect(queue.rows).toHaveLength(1);
		expect(queue.rows[0]).toMatchObject({
			id: recordId,
			service: PET_REGISTRATION,
			status: 'submitted'
		});
		expect(queue.rows[0]?.registrationNumber).toMatch(/^RIGA-2026-/);
		const opened = await officer.applications.get({ municipalityId: 'riga', id: recordId });
		expect(opened.fields).toMatchObject(COMPLETE_PET);
	});

	it('refuses a value of the wrong shape in a draft, naming the field, and keeps one half typed', async () => {
		const db = await rigaOffersIt();
		const out = await push(db, [
			saveDraft(1, uuidv7(), { ownerPhone: '1'.repeat(31), dogName: 'Rekss' }),
			saveDraft(2, uuidv7(), { ownerPhone: '123', dogName: 'Rekss' })
		]);
		expect(out.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'INVALID', issues: [{ path: 'ownerPhone', message: 'field.textTooLong' }] }
		});
		expect(out.results[1]?.status).toBe('applied');
	});

	it('refuses submission of an incomplete application with each missing field', async () => {
		const db = await rigaOffersIt();
		const recordId = uuidv7();
		const fields = { ...COMPLETE_PET, chipNumber: '', truthful: false };
		const out = await push(db, [saveDraft(1, recordId, fields), submit(2, recordId, fields)]);
		expect(out.results[0]?.status).toBe('applied');
		expect(out.results[1]).toMatchObject({
			status: 'rejected',
			error: {
				code: 'INCOMPLETE',
				issues: [
					{ path: 'chipNumber', message: 'field.required' },
					{ path: 'truthful', message: 'consent.required' }
				]
			}
		});
	});

	it('refuses a choice this municipality does not list: at once in a draft, and at submission if the list changed', async () => {
		const db = await rigaOffersIt();
		// 'other' is among the service's default breeds, but not among Rīga's.
		const fields = { ...COMPLETE_PET, breed: 'other', breedOther: 'Dalmācietis' };
		expect(validateAll(petRegistration, fields, null)).toEqual([]);
		const refused = await push(db, [saveDraft(1, uuidv7(), fields)]);
		expect(refused.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'INVALID', issues: [{ path: 'breed', message: 'choice.unknown' }] }
		});

		// A draft made while Rīga listed labradors, submitted after it stopped listing them.
		const recordId = uuidv7();
		const labrador = { ...COMPLETE_PET, breed: 'labrador' };
		await push(db, [saveDraft(1, recordId, labrador)]);
		await callerFor(db, 'demo-admin-riga').admin.updateService({
			municipalityId: 'riga',
			service: PET_REGISTRATION,
			enabled: true,
			settings: { breeds: rigaSettings.breeds.filter((b) => b.value !== 'labrador') }
		});
		const out = await push(db, [submit(1, recordId, labrador)]);
		expect(out.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'INCOMPLETE', issues: [{ path: 'breed', message: 'choice.unknown' }] }
		});
	});

	it('is refused once the municipal admin stops offering it', async () => {
		const db = await rigaOffersIt();
		await callerFor(db, 'demo-admin-riga').admin.updateService({
			municipalityId: 'riga',
			service: PET_REGISTRATION,
			enabled: false,
			settings: rigaSettings
		});
		const out = await push(db, [saveDraft(1, uuidv7(), { dogName: 'Rekss' })]);
		expect(out.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'SERVICE_NOT_OFFERED' }
		});
	});
});
