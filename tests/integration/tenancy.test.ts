import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, freshDb } from './harness';
import { completeFieldsFor, draftAndSubmit } from './fixtures';

async function submitted(db: ReturnType<typeof freshDb>, municipalityId: string) {
	const { recordId, mutations } = draftAndSubmit(
		1,
		municipalityId,
		completeFieldsFor(municipalityId)
	);
	const out = await callerFor(db, 'demo-citizen-anna').sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations
	});
	expect(out.results.every((r) => r.status === 'applied')).toBe(true);
	return recordId;
}

describe('an officer sees only their own municipality', () => {
	it('lists submitted applications of their municipality, never drafts', async () => {
		const db = freshDb();
		const rigaApp = await submitted(db, 'riga');
		await submitted(db, 'liepaja');
		await callerFor(db, 'demo-citizen-janis').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [draftAndSubmit(1).mutations[0]!]
		});
		const queue = await callerFor(db, 'demo-officer-riga').office.queue({
			municipalityId: 'riga'
		});
		expect(queue.rows.map((a) => a.id)).toEqual([rigaApp]);
	});

	// Every officer procedure, called by Rīga's officer for Liepāja's data.
	const foreignCalls = {
		'office.queue': (c: ReturnType<typeof callerFor>) =>
			c.office.queue({ municipalityId: 'liepaja' }),
		'applications.get': (c: ReturnType<typeof callerFor>, id: string) =>
			c.applications.get({ municipalityId: 'liepaja', id }),
		'applications.conflicts': (c: ReturnType<typeof callerFor>, id: string) =>
			c.applications.conflicts({ municipalityId: 'liepaja', id }),
		'applications.startReview': (c: ReturnType<typeof callerFor>, id: string) =>
			c.applications.startReview({ municipalityId: 'liepaja', id }),
		'applications.editFields': (c: ReturnType<typeof callerFor>, id: string) =>
			c.applications.editFields({
				municipalityId: 'liepaja',
				id,
				baseVersion: 1,
				fields: { childGivenName: 'X' }
			}),
		'applications.resolveConflict': (c: ReturnType<typeof callerFor>, id: string) =>
			c.applications.resolveConflict({
				municipalityId: 'liepaja',
				id,
				conflictId: 'x',
				choice: 'server',
				baseVersion: 1
			})
	};

	for (const [name, call] of Object.entries(foreignCalls)) {
		it(`refuses ${name} for another municipality`, async () => {
			const db = freshDb();
			const liepajaApp = await submitted(db, 'liepaja');
			await expect(call(callerFor(db, 'demo-officer-riga'), liepajaApp)).rejects.toMatchObject({
				code: 'FORBIDDEN'
			});
			await expect(call(callerFor(db, 'demo-citizen-anna'), liepajaApp)).rejects.toMatchObject({
				code: 'FORBIDDEN'
			});
			await expect(call(callerFor(db, null), liepajaApp)).rejects.toMatchObject({
				code: 'UNAUTHORIZED'
			});
		});
	}

	it('does not find another municipality’s application through its own tenant', async () => {
		const db = freshDb();
		const liepajaApp = await submitted(db, 'liepaja');
		await expect(
			callerFor(db, 'demo-officer-riga').applications.get({
				municipalityId: 'riga',
				id: liepajaApp
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('does not let a citizen write into another person’s application', async () => {
		const db = freshDb();
		const annaApp = await submitted(db, 'riga');
		const out = await callerFor(db, 'demo-citizen-janis').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 1,
					name: 'application.saveDraft',
					args: {
						id: annaApp,
						municipalityId: 'riga',
						service: 'education-enrolment',
						patch: { childGivenName: 'X' }
					}
				}
			]
		});
		expect(out.results[0]).toMatchObject({ status: 'rejected', error: { code: 'ID_TAKEN' } });
	});
});
