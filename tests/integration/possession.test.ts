import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimContent } from '../../server/attachments/possession.service';
import type { Db } from '../../server/db/client.server';
import { MutationRejected } from '../../server/kernel/mutation-rejected';
import { uuidv7 } from '../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, count, freshDb } from './harness';

/**
 * The one proof-of-possession check (server/attachments/possession.service.ts) that both an
 * applicant's `attachment.add` and an inspector's `inspection.photo` go through.
 */

const NOW = Date.parse('2026-01-05T09:00:00Z');
const SHA = 'a'.repeat(64);
const CLAIM = { sha256: SHA, size: 1200, mime: 'image/jpeg' };

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
		expect(claimContent(db, 'demo-citizen-anna', CLAIM, NOW)).toBe('expected');
		expect(count(db, 'SELECT count(*) AS n FROM blob WHERE sha256 = ?', SHA)).toBe(1);
	});

	it('takes the content as present only when this same person already sent it', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'present');
		expect(claimContent(db, 'demo-citizen-anna', CLAIM, NOW)).toBe('present');
	});

	it('never lets another person’s file decide the answer', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'present');
		expect(claimContent(db, 'demo-citizen-janis', CLAIM, NOW)).toBe('expected');
		expect(claimContent(db, 'demo-citizen-janis', { ...CLAIM, size: 999 }, NOW)).toBe('expected');
	});

	it('refuses a claim that contradicts the person’s own earlier one', async () => {
		const db = freshDb();
		await attached(db, 'demo-citizen-anna', 'expected');
		const claim = () => claimContent(db, 'demo-citizen-anna', { ...CLAIM, size: 1201 }, NOW);
		expect(claim).toThrow(MutationRejected);
		expect(claim).toThrow('ATTACHMENT_MISMATCH');
	});
});
