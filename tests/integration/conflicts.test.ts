import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION, type Mutation } from '../../src/lib/domain/sync';
import { callerFor, count, freshDb } from './harness';
import { draftAndSubmit } from './fixtures';

type Db = ReturnType<typeof freshDb>;

/** A submitted Rīga application of Anna's, pushed from one device (client). */
async function submittedByAnna(db: Db) {
	const clientId = randomUUID();
	const { recordId, mutations } = draftAndSubmit(1);
	await callerFor(db, 'demo-citizen-anna').sync.push({
		clientId,
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	return { clientId, recordId, version: 2, nextId: 3 };
}

function edit(id: number, recordId: string, patch: Record<string, string>, base: number): Mutation {
	return {
		id,
		name: 'application.saveDraft',
		args: { id: recordId, municipalityId: 'riga', service: 'education-enrolment', patch },
		baseVersions: { [recordId]: base }
	};
}

const officer = (db: Db) => callerFor(db, 'demo-officer-riga').applications;
const data = (db: Db) =>
	JSON.parse(
		(db.$client.prepare('select data from application').get() as { data: string }).data
	) as Record<string, unknown>;

describe('versions and conflicts', () => {
	it('lets the applicant change a submitted application as a new version', async () => {
		const db = freshDb();
		const app = await submittedByAnna(db);
		const out = await callerFor(db, 'demo-citizen-anna').sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [edit(app.nextId, app.recordId, { childGivenName: 'Elīza' }, app.version)]
		});
		expect(out.results[0]).toMatchObject({ status: 'applied', result: { version: 3 } });
		expect(data(db).childGivenName).toBe('Elīza');
		expect(count(db, 'select count(*) n from conflict')).toBe(0);
	});

	it('merges edits of different fields made on the same old version', async () => {
		const db = freshDb();
		const app = await submittedByAnna(db);
		await officer(db).editFields({
			municipalityId: 'riga',
			id: app.recordId,
			baseVersion: app.version,
			fields: { institutionChoices: ['riga-zilite'] }
		});
		await callerFor(db, 'demo-citizen-anna').sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [edit(app.nextId, app.recordId, { childGivenName: 'Elīza' }, app.version)]
		});
		expect(data(db)).toMatchObject({
			institutionChoices: ['riga-zilite'],
			childGivenName: 'Elīza'
		});
		expect(count(db, 'select count(*) n from conflict')).toBe(0);
	});

	it('keeps both values when the officer and an offline applicant change the same field', async () => {
		const db = freshDb();
		const app = await submittedByAnna(db);
		await officer(db).editFields({
			municipalityId: 'riga',
			id: app.recordId,
			baseVersion: app.version,
			fields: { childGivenName: 'Elza Marija' }
		});
		const anna = callerFor(db, 'demo-citizen-anna');
		const out = await anna.sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [edit(app.nextId, app.recordId, { childGivenName: 'Elīza' }, app.version)]
		});
		expect(out.results[0]).toMatchObject({ status: 'applied', result: { conflicts: 1 } });
		// The applicant's content edit applies; nothing is lost: both values are kept.
		expect(data(db).childGivenName).toBe('Elīza');
		const [seenByOfficer] = await officer(db).conflicts({
			municipalityId: 'riga',
			id: app.recordId
		});
		expect(seenByOfficer).toMatchObject({
			field: 'childGivenName',
			kind: 'hard',
			clientValue: 'Elīza',
			serverValue: 'Elza Marija',
			clientActorRole: 'citizen',
			serverActorRole: 'officer',
			status: 'open'
		});
		const pulled = await anna.sync.pull({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			cookie: null
		});
		expect(pulled.conflicts).toEqual([seenByOfficer]);

		// The applicant keeps the officer's value.
		await anna.sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: app.nextId + 1,
					name: 'conflict.resolve',
					args: {
						conflictId: seenByOfficer?.id,
						applicationId: app.recordId,
						municipalityId: 'riga',
						choice: 'server'
					}
				}
			]
		});
		expect(data(db).childGivenName).toBe('Elza Marija');
		const [resolved] = await officer(db).conflicts({ municipalityId: 'riga', id: app.recordId });
		expect(resolved).toMatchObject({ status: 'resolved', resolution: 'server' });
	});

	it('never counts a device’s own earlier changes as the other side', async () => {
		const db = freshDb();
		const clientId = randomUUID();
		const recordId = randomUUID();
		// Offline, the device never pulled: every change is based on version 0.
		const out = await callerFor(db, 'demo-citizen-anna').sync.push({
			clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				edit(1, recordId, { childGivenName: 'A' }, 0),
				edit(2, recordId, { childGivenName: 'B' }, 0),
				edit(3, recordId, { childGivenName: 'C' }, 0)
			]
		});
		expect(out.results.every((r) => r.status === 'applied')).toBe(true);
		expect(count(db, 'select count(*) n from conflict')).toBe(0);
	});

	it('refuses an applicant’s edit once the record is in review, keeping it as a conflict', async () => {
		const db = freshDb();
		const app = await submittedByAnna(db);
		await officer(db).startReview({ municipalityId: 'riga', id: app.recordId });
		const anna = callerFor(db, 'demo-citizen-anna');
		const out = await anna.sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				edit(app.nextId, app.recordId, { childGivenName: 'Elīza' }, app.version),
				// A refused resolution that would let the edit through is refused too.
				{
					id: app.nextId + 1,
					name: 'conflict.resolve',
					args: {
						conflictId: 'x',
						applicationId: app.recordId,
						municipalityId: 'riga',
						choice: 'client'
					}
				}
			]
		});
		expect(out.results[0]).toMatchObject({ status: 'rejected', error: { code: 'STALE_STATE' } });
		expect(data(db).childGivenName).toBe('Elza');
		const [kept] = await officer(db).conflicts({ municipalityId: 'riga', id: app.recordId });
		expect(kept).toMatchObject({
			kind: 'stale-state',
			clientValue: 'Elīza',
			serverValue: 'Elza',
			origin: { clientId: app.clientId, mutationId: app.nextId }
		});
		const letThrough = await anna.sync.push({
			clientId: app.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: app.nextId + 2,
					name: 'conflict.resolve',
					args: {
						conflictId: kept?.id,
						applicationId: app.recordId,
						municipalityId: 'riga',
						choice: 'client'
					}
				}
			]
		});
		expect(letThrough.results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'STALE_STATE' }
		});

		// The officer may accept the applicant's late change.
		const shown = await officer(db).get({ municipalityId: 'riga', id: app.recordId });
		await officer(db).resolveConflict({
			municipalityId: 'riga',
			id: app.recordId,
			conflictId: kept?.id ?? '',
			choice: 'client',
			baseVersion: shown.version
		});
		expect(data(db).childGivenName).toBe('Elīza');
	});

	describe('a resolution is a write made on the version its resolver saw', () => {
		const RECORD = '0190f5a0-0000-7000-8000-0000000000a1';
		const resolveMutation = (
			id: number,
			conflictId: string,
			choice: 'client' | 'server',
			base: number
		): Mutation => ({
			id,
			name: 'conflict.resolve',
			args: { conflictId, applicationId: RECORD, municipalityId: 'riga', choice },
			baseVersions: { [RECORD]: base }
		});
		const conflictRows = (db: Db) =>
			db.$client
				.prepare('select status, client_value c, server_value s from conflict order by rowid')
				.all() as { status: string; c: string; s: string }[];

		/** Two of Anna's devices edit the child's name into a conflict both of them see (v3). */
		async function conflictOnTwoDevices(db: Db) {
			const anna = callerFor(db, 'demo-citizen-anna');
			const a = randomUUID();
			const b = randomUUID();
			const push = (clientId: string, mutations: Mutation[]) =>
				anna.sync.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations });
			await push(a, [edit(1, RECORD, { childGivenName: 'Elza' }, 0)]); // v1
			await push(a, [edit(2, RECORD, { childGivenName: 'Ella' }, 1)]); // v2
			await push(b, [edit(1, RECORD, { childGivenName: 'Marta' }, 1)]); // v3 + conflict
			const pulled = await anna.sync.pull({
				clientId: a,
				schemaVersion: SCHEMA_VERSION,
				cookie: null
			});
			const conflictId = pulled.conflicts[0]?.id ?? '';
			expect(conflictId).not.toBe('');
			return { push, a, b, conflictId };
		}

		// Found by the T3 simulation: the resolution used to overwrite "Elīna" with no trace.
		it('keeps a newer edit the resolver had not seen in a new conflict', async () => {
			const db = freshDb();
			const { push, a, b, conflictId } = await conflictOnTwoDevices(db);
			// B, having seen the conflict at v3, types a new name: v4, acknowledged.
			const typed = await push(b, [edit(2, RECORD, { childGivenName: 'Elīna' }, 3)]);
			expect(typed.results[0]).toMatchObject({ status: 'applied', result: { version: 4 } });
			// A, still showing v3, keeps "Ella" in the conflict banner.
			const out = await push(a, [resolveMutation(3, conflictId, 'server', 3)]);
			expect(out.results[0]).toMatchObject({ status: 'applied', result: { version: 5 } });

			expect(data(db).childGivenName).toBe('Ella');
			expect(conflictRows(db)).toEqual([
				{ status: 'resolved', c: '"Marta"', s: '"Ella"' },
				{ status: 'open', c: '"Ella"', s: '"Elīna"' }
			]);
		});

		it('opens no new conflict when nobody else changed the field since', async () => {
			const db = freshDb();
			const { push, a, conflictId } = await conflictOnTwoDevices(db);
			await push(a, [resolveMutation(3, conflictId, 'server', 3)]);
			// The same device edits the field again from the version its resolution made.
			const again = await push(a, [edit(4, RECORD, { childGivenName: 'Elza' }, 3)]);
			expect(again.results[0]).toMatchObject({ status: 'applied' });
			expect(data(db).childGivenName).toBe('Elza');
			expect(conflictRows(db).map((c) => c.status)).toEqual(['resolved']);
		});

		it('does the same for an officer resolving from a page loaded before a new edit', async () => {
			const db = freshDb();
			const app = await submittedByAnna(db);
			const anna = callerFor(db, 'demo-citizen-anna');
			const push = (mutations: Mutation[]) =>
				anna.sync.push({ clientId: app.clientId, schemaVersion: SCHEMA_VERSION, mutations });
			const target = { municipalityId: 'riga', id: app.recordId };
			await officer(db).editFields({
				...target,
				baseVersion: 2,
				fields: { childGivenName: 'Olga' }
			}); // v3
			await push([edit(3, app.recordId, { childGivenName: 'Marta' }, 2)]); // v4 + conflict
			const [conflict] = await officer(db).conflicts(target);
			await push([edit(4, app.recordId, { childGivenName: 'Elīna' }, 4)]); // v5
			// The officer's page still shows v4 and keeps their own "Olga".
			await officer(db).resolveConflict({
				...target,
				conflictId: conflict?.id ?? '',
				choice: 'server',
				baseVersion: 4
			});
			expect(data(db).childGivenName).toBe('Olga');
			const rows = db.$client
				.prepare('select status, client_value c, server_value s from conflict order by rowid')
				.all();
			expect(rows).toEqual([
				{ status: 'resolved', c: '"Marta"', s: '"Olga"' },
				{ status: 'open', c: '"Olga"', s: '"Elīna"' }
			]);
		});
	});
});

describe('edits of a submitted application keep the municipality’s rules', () => {
	it('refuses an officer’s correction naming an institution this municipality does not have', async () => {
		const db = freshDb();
		const app = await submittedByAnna(db);
		const target = { municipalityId: 'riga', id: app.recordId, baseVersion: app.version };
		await expect(
			officer(db).editFields({
				...target,
				fields: { institutionChoices: ['liepaja-saulite', 'riga-nowhere'] }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'INVALID' });
		expect(data(db).institutionChoices).toEqual(['riga-saulite', 'riga-zilite']);
		// A correction that keeps the rules goes through.
		await officer(db).editFields({ ...target, fields: { institutionChoices: ['riga-zilite'] } });
		expect(data(db).institutionChoices).toEqual(['riga-zilite']);
	});
});
