import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { contentHash } from '../../src/lib/domain/canonical-hash';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, count, freshDb } from './harness';
import { COMPLETE_FIELDS, draftAndSubmit } from './fixtures';

const ANNA = 'demo-citizen-anna';

function tableState(db: ReturnType<typeof freshDb>) {
	return {
		applications: db.$client
			.prepare('select id, status, data, version, registration_number from application order by id')
			.all(),
		results: db.$client.prepare('select * from mutation_result order by mutation_id').all(),
		counters: db.$client.prepare('select * from registration_counter').all()
	};
}

describe('sync.push applies each mutation exactly once', () => {
	it('gives one effect when the same batch arrives twice', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		const { mutations } = draftAndSubmit(1);
		const input = { clientId, schemaVersion: SCHEMA_VERSION, mutations };

		const first = await anna.sync.push(input);
		const stateAfterFirst = tableState(db);
		const second = await anna.sync.push(input);

		expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
		expect(second).toEqual(first);
		expect(tableState(db)).toEqual(stateAfterFirst);
		expect(count(db, "select count(*) n from application where status = 'submitted'")).toBe(1);
	});

	it('answers a retry after a lost response with the stored result', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		const { mutations } = draftAndSubmit(1);
		// The server commits; the response never reaches the device.
		await anna.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations });
		// The device retries the whole outbox, then goes on with a new mutation.
		const retry = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [...mutations]
		});
		const submitted = retry.results[1];
		expect(submitted?.status).toBe('applied');
		expect(submitted?.status === 'applied' && submitted.result?.registrationNumber).toMatch(
			/^RIGA-\d{4}-000001$/
		);
		expect(count(db, 'select count(*) n from application')).toBe(1);
		expect(count(db, 'select count(*) n from submission')).toBe(1);
		expect(count(db, 'select value n from registration_counter')).toBe(1);
	});

	it('refuses a gap in mutation ids and applies nothing past it', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const { mutations } = draftAndSubmit(2);
		const out = await anna.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations
		});
		expect(out.outOfOrder).toEqual({ expected: 1 });
		expect(out.results).toEqual([]);
		expect(count(db, 'select count(*) n from application')).toBe(0);
	});

	it('records a rule-breaking mutation as rejected and goes on with the next', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		// Past the length cap: a draft keeps half-typed values, not unbounded ones.
		const bad = draftAndSubmit(1, 'riga', {
			...COMPLETE_FIELDS,
			childPersonalCode: '2'.repeat(21)
		});
		const good = draftAndSubmit(3);
		const out = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [...bad.mutations, ...good.mutations]
		});
		expect(out.results.map((r) => r.status)).toEqual([
			'rejected',
			'rejected',
			'applied',
			'applied'
		]);
		const rejected = out.results[0];
		expect(rejected?.status === 'rejected' && rejected.error).toEqual({
			code: 'INVALID',
			issues: [{ path: 'childPersonalCode', message: 'field.textTooLong', params: { max: 20 } }]
		});
		expect(out.lastMutationId).toBe(4);
		expect(count(db, 'select count(*) n from application')).toBe(1);
	});

	it('returns the original answer for a repeated submission id and refuses other content', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		const { recordId, submissionId, mutations } = draftAndSubmit(1);
		const first = await anna.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations });
		const again = await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 3,
					name: 'application.submit',
					args: {
						id: recordId,
						municipalityId: 'riga',
						submissionId,
						payloadHash: contentHash(COMPLETE_FIELDS)
					}
				},
				{
					id: 4,
					name: 'application.submit',
					args: {
						id: recordId,
						municipalityId: 'riga',
						submissionId,
						payloadHash: contentHash({ ...COMPLETE_FIELDS, childGivenName: 'Cits' })
					}
				}
			]
		});
		const original = first.results[1];
		expect(again.results[0]).toEqual({ ...original, id: 3 });
		expect(again.results[1]).toEqual({
			id: 4,
			status: 'rejected',
			error: { code: 'SUBMISSION_ID_REUSED' }
		});
	});

	it('does not answer another person’s submission: the idempotency lookup is the applicant’s', async () => {
		const db = freshDb();
		const { recordId, submissionId, mutations } = draftAndSubmit(1);
		await callerFor(db, ANNA).sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations
		});
		// Jānis learnt Anna's {id, submissionId, payloadHash} and pushes them as his own.
		const stolen = mutations[1];
		if (!stolen) {
			throw new Error('draftAndSubmit gives two mutations');
		}
		const janis = callerFor(db, 'demo-citizen-janis');
		const out = await janis.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [{ ...stolen, id: 1 }]
		});
		expect(out.results[0]).toMatchObject({ id: 1, status: 'rejected' });
		expect(JSON.stringify(out)).not.toMatch(/RIGA-\d{4}-/);

		// His own draft submitted under her submission id is refused too, and nothing changes.
		const own = draftAndSubmit(2);
		const ownDraft = own.mutations[0];
		const ownSubmit = own.mutations[1];
		if (!ownDraft || !ownSubmit) {
			throw new Error('draftAndSubmit gives two mutations');
		}
		const clientId = randomUUID();
		const reused = await janis.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{ ...ownDraft, id: 1 },
				{ ...ownSubmit, id: 2, args: { ...(ownSubmit.args as object), submissionId } }
			]
		});
		expect(reused.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
		expect(reused.results[1]).toMatchObject({ error: { code: 'SUBMISSION_ID_REUSED' } });
		expect(count(db, "select count(*) n from application where status = 'submitted'")).toBe(1);
		expect(count(db, 'select count(*) n from submission where application_id = ?', recordId)).toBe(
			1
		);
	});

	it('refuses a client id that another person already uses', async () => {
		const db = freshDb();
		const clientId = randomUUID();
		await callerFor(db, ANNA).sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: draftAndSubmit(1).mutations
		});
		await expect(
			callerFor(db, 'demo-citizen-janis').sync.pull({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				cookie: null
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('uses the server clock as the receipt time', async () => {
		const db = freshDb();
		const serverNow = Date.parse('2026-03-02T08:30:00Z');
		const anna = callerFor(db, ANNA, () => serverNow);
		const { mutations } = draftAndSubmit(1);
		await anna.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: mutations.map((m) => ({ ...m, clientTs: 0 }))
		});
		expect(count(db, 'select submitted_at n from application')).toBe(serverNow);
	});
});

describe('sync.pull', () => {
	it('returns the person’s own changes since the cookie and the last mutation id', async () => {
		const db = freshDb();
		const anna = callerFor(db, ANNA);
		const clientId = randomUUID();
		await anna.sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: draftAndSubmit(1).mutations
		});
		await callerFor(db, 'demo-citizen-janis').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: draftAndSubmit(1).mutations
		});
		const first = await anna.sync.pull({ clientId, schemaVersion: SCHEMA_VERSION, cookie: null });
		expect(first.reset).toBe(true);
		expect(first.lastMutationId).toBe(2);
		expect(first.patch).toHaveLength(1);
		expect(first.patch[0]?.data?.status).toBe('submitted');

		const next = await anna.sync.pull({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			cookie: first.cookie
		});
		expect(next.reset).toBe(false);
		expect(next.patch).toEqual([]);
		expect(next.cookie.seq).toBeGreaterThanOrEqual(first.cookie.seq);
	});
});
