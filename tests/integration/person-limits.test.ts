import { TRPCError } from '@trpc/server';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.server';
import { resetPersonLimits } from '../../server/kernel/limits';
import { uuidv7 } from '../../src/lib/domain/ids';
import { MAX_MUTATIONS_PER_PUSH, SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { en, lv } from '../../src/lib/i18n/messages';
import { callerFor, count, freshDb } from './harness';

/**
 * Per-person limits (issue 15, item 3): open drafts per e-service and municipality, the bytes
 * of a person's files, and the mutations of one push. Each refusal is a rejected mutation
 * with a catalogue code (the device keeps it, decision 0002), or a 4xx for a push over the
 * protocol's bound, never a 5xx and never a partial write.
 */

const SETTINGS = ['KOPA_MAX_OPEN_DRAFTS', 'KOPA_STORAGE_QUOTA_MB'] as const;

function useLimits(values: Partial<Record<(typeof SETTINGS)[number], string>>) {
	Object.assign(process.env, values);
	resetPersonLimits();
}

beforeEach(() => resetPersonLimits());
afterEach(() => {
	for (const name of SETTINGS) {
		delete process.env[name];
	}
	resetPersonLimits();
});

function device(db: Db, personId: string) {
	const clientId = randomUUID();
	let next = 1;
	const caller = callerFor(db, personId);
	return {
		async push(name: string, args: Record<string, unknown>) {
			const out = await caller.sync.push({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations: [{ id: next++, name, args }]
			});
			const [result] = out.results;
			if (!result) {
				throw new Error('no result');
			}
			return result;
		},
		draft(id: string, patch: Record<string, unknown> = {}, municipalityId = 'riga') {
			return this.push('application.saveDraft', {
				id,
				municipalityId,
				service: 'education-enrolment',
				patch
			});
		},
		attach(recordId: string, sha256: string, size: number) {
			return this.push('attachment.add', {
				attachmentId: uuidv7(),
				recordId,
				municipalityId: 'riga',
				sha256,
				size,
				mime: 'image/jpeg',
				filename: 'photo.jpg'
			});
		}
	};
}

const hash = () => randomBytes(32).toString('hex');
const KB = 1024;

describe('open drafts per person and e-service', () => {
	it('refuses a new draft past the limit with DRAFT_LIMIT, and still takes edits', async () => {
		useLimits({ KOPA_MAX_OPEN_DRAFTS: '3' });
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const ids = [uuidv7(), uuidv7(), uuidv7()];
		for (const id of ids) {
			expect((await anna.draft(id)).status).toBe('applied');
		}
		const refused = await anna.draft(uuidv7(), { childGivenName: 'Ella' });
		expect(refused).toMatchObject({ status: 'rejected', error: { code: 'DRAFT_LIMIT' } });
		expect(
			count(db, "select count(*) n from application where applicant_id = 'demo-citizen-anna'")
		).toBe(3);
		// Drafts they already have stay editable.
		expect((await anna.draft(ids[0] ?? '', { childGivenName: 'Ella' })).status).toBe('applied');
		// Another person is not counted against them.
		expect((await device(db, 'demo-citizen-janis').draft(uuidv7())).status).toBe('applied');
	});

	it('has a generous default and a text in both languages', async () => {
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		for (let i = 0; i < 50; i++) {
			expect((await anna.draft(uuidv7())).status).toBe('applied');
		}
		expect(await anna.draft(uuidv7())).toMatchObject({ error: { code: 'DRAFT_LIMIT' } });
		expect(lv['rejection.DRAFT_LIMIT']).toMatch(/saglabāts šajā ierīcē/);
		expect(en['rejection.DRAFT_LIMIT']).toMatch(/kept on this device/);
	});
});

describe('the bytes of a person’s files', () => {
	it('refuses a file past the quota with STORAGE_QUOTA; the same content again is free', async () => {
		useLimits({ KOPA_STORAGE_QUOTA_MB: '1' });
		const db = freshDb();
		const anna = device(db, 'demo-citizen-anna');
		const first = uuidv7();
		const second = uuidv7();
		expect((await anna.draft(first)).status).toBe('applied');
		expect((await anna.draft(second)).status).toBe('applied');
		const kept = hash();
		expect((await anna.attach(first, kept, 600 * KB)).status).toBe('applied');
		// The same content on another draft is stored once: it costs nothing more.
		expect((await anna.attach(second, kept, 600 * KB)).status).toBe('applied');
		const refused = await anna.attach(second, hash(), 500 * KB);
		expect(refused).toMatchObject({ status: 'rejected', error: { code: 'STORAGE_QUOTA' } });
		expect(count(db, 'select count(*) n from attachment')).toBe(2);
		// A smaller file that fits is still taken.
		expect((await anna.attach(second, hash(), 400 * KB)).status).toBe('applied');
		expect(lv['rejection.STORAGE_QUOTA']).toMatch(/saglabāts šajā ierīcē/);
		expect(en['rejection.STORAGE_QUOTA']).toMatch(/kept on this device/);
	});
});

describe('the mutations of one push', () => {
	it('refuses a push over the protocol’s bound with 400, applying none of it', async () => {
		const db = freshDb();
		const caller = callerFor(db, 'demo-citizen-anna');
		const mutations = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => ({
			id: i + 1,
			name: 'application.saveDraft',
			args: { id: uuidv7(), municipalityId: 'riga', service: 'education-enrolment', patch: {} }
		}));
		const error = await caller.sync
			.push({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, mutations })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TRPCError);
		expect((error as TRPCError).code).toBe('BAD_REQUEST');
		expect(count(db, 'select count(*) n from application')).toBe(0);
	});
});
