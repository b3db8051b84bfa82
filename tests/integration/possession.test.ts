import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { filesElsewhere } from '../../server/app/files-elsewhere';
import { claimContent } from '../../server/attachments/possession.service';
import type { Db } from '../../server/db/client.server';
import { MutationRejected } from '../../server/kernel/mutation-rejected';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { TEST_PERSONS } from '../../server/idp-standin/test-persons';
import { signedInAs } from './delegation/sessions';
import { callerFor, count, freshDb } from './harness';

/** Jānis acting for Anna, as Latvija.lv names him then. */
const JANIS_FOR_ANNA = TEST_PERSONS.find((p) => p.key === 'delegated-janis')?.identifier ?? '';

/**
 * The one proof-of-possession check (server/attachments/possession.service.ts) that both an
 * applicant's `attachment.add` and an inspector's `inspection.photo` go through.
 */

const NOW = Date.parse('2026-01-05T09:00:00Z');
const SHA = 'a'.repeat(64);
const CLAIM = { sha256: SHA, size: 1200, mime: 'image/jpeg' as const };

/** A draft of `personId`'s with one attachment of CLAIM's content, in `status`. */
async function attached(db: Db, personId: string, status: 'expected' | 'present') {
	const caller = callerFor(db, personId);
	const recordId = uuidv7();
	const attachmentId = uuidv7();
	const out = await caller.sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'application.saveDraft',
				args: { id: recordId, municipalityId: 'riga', service: 'education-enrolment', patch: {} }
			},
			{
				id: 2,
				name: 'attachment.add',
				args: { attachmentId, recordId, municipalityId: 'riga', filename: 'a.jpg', ...CLAIM }
			}
		]
	});
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	db.$client.prepare('UPDATE attachment SET status = ? WHERE id = ?').run(status, attachmentId);
}

describe('claimContent (proof of possession)', () => {
	it('expects the bytes of content the person never sent, and records the content', () => {
		const db = freshDb();
		expect(claimContent(db, 'demo-citizen-anna', CLAIM, NOW, filesElsewhere)).toBe('expected');
		expect(count(db, 'SELECT count(*) AS n FROM blob WHERE sha256 = ?', SHA)).toBe(1);
	});

	it('takes the content as present only when this same person already sent it', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'present');
		expect(claimContent(db, 'demo-citizen-anna', CLAIM, NOW, filesElsewhere)).toBe('present');
	});

	it('never lets another person’s file decide the answer', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'present');
		expect(claimContent(db, 'demo-citizen-janis', CLAIM, NOW, filesElsewhere)).toBe('expected');
		expect(
			claimContent(db, 'demo-citizen-janis', { ...CLAIM, size: 999 }, NOW, filesElsewhere)
		).toBe('expected');
	});

	it('refuses a claim that contradicts the person’s own earlier one', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'expected');
		const claim = () =>
			claimContent(db, 'demo-citizen-anna', { ...CLAIM, size: 1201 }, NOW, filesElsewhere);
		expect(claim).toThrow(MutationRejected);
		expect(claim).toThrow('ATTACHMENT_MISMATCH');
	});
});

/**
 * The person's files live in two areas: attachments on the applications whose files they
 * send (applications says which: their own and those made for a grantor), and the photos
 * they took at inspections (given to attachments from server/app/). Both decide the answer.
 */
describe('claimContent reads every file of the person’s, across areas', () => {
	const INSPECTOR = 'demo-inspector-riga';

	/** A report the inspector made on site, with one photo of CLAIM's content. */
	async function photographed(db: Db) {
		const reportId = uuidv7();
		const out = await callerFor(db, INSPECTOR, () => NOW).sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 1,
					name: 'inspection.report',
					args: {
						inspectionId: reportId,
						municipalityId: 'riga',
						position: { lat: 56.95662, lon: 24.12345, accuracyMetres: 6, at: NOW },
						description: 'Baneris uz žoga, Tērbatas iela 14',
						notes: '',
						reportedAt: NOW
					}
				},
				{
					id: 2,
					name: 'inspection.photo',
					args: {
						inspectionId: reportId,
						municipalityId: 'riga',
						photoId: uuidv7(),
						takenAt: NOW,
						position: { lat: 56.95662, lon: 24.12345, accuracyMetres: 6, at: NOW },
						...CLAIM
					}
				}
			]
		});
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	}

	it('counts the inspector’s photos: a contradicting claim is refused, a sent one is present', async () => {
		const db = freshDb();
		await photographed(db);
		const contradicting = () =>
			claimContent(db, INSPECTOR, { ...CLAIM, mime: 'image/png' }, NOW, filesElsewhere);
		expect(contradicting).toThrow('ATTACHMENT_MISMATCH');
		expect(claimContent(db, INSPECTOR, CLAIM, NOW, filesElsewhere)).toBe('expected');
		db.$client.prepare("UPDATE inspection_photo SET status = 'present'").run();
		expect(claimContent(db, INSPECTOR, CLAIM, NOW, filesElsewhere)).toBe('present');
		// The inspector's photo decides nothing for anyone else.
		expect(claimContent(db, 'demo-citizen-anna', { ...CLAIM, size: 7 }, NOW, filesElsewhere)).toBe(
			'expected'
		);
	});

	it('counts a file a delegate attached for their grantor as the delegate’s own', async () => {
		const db = freshDb();
		// Jānis, acting for Anna, attaches a file to a draft he makes for her.
		const forAnna = signedInAs(db, 'demo-citizen-janis', JANIS_FOR_ANNA);
		const recordId = uuidv7();
		const out = await forAnna.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 1,
					name: 'application.saveDraft',
					args: { id: recordId, municipalityId: 'riga', service: 'education-enrolment', patch: {} }
				},
				{
					id: 2,
					name: 'attachment.add',
					args: {
						attachmentId: uuidv7(),
						recordId,
						municipalityId: 'riga',
						filename: 'a.jpg',
						...CLAIM
					}
				}
			]
		});
		expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
		const contradicting = () =>
			claimContent(db, 'demo-citizen-janis', { ...CLAIM, size: 1201 }, NOW, filesElsewhere);
		expect(contradicting).toThrow('ATTACHMENT_MISMATCH');
		expect(
			claimContent(db, 'demo-citizen-liga', { ...CLAIM, size: 1201 }, NOW, filesElsewhere)
		).toBe('expected');
		// Signed in for himself he still sends its bytes (it reaches no application of his).
		const forHimself = signedInAs(db, 'demo-citizen-janis', null);
		expect(await forHimself.attachments.beginUpload(CLAIM)).toMatchObject({
			complete: false,
			offset: 0
		});
		await expect(
			signedInAs(db, 'demo-citizen-liga', null).attachments.beginUpload(CLAIM)
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});
