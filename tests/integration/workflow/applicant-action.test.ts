import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

const act = (db: ReturnType<typeof freshDb>, person: string, id: string, action: string) =>
	callerFor(db, person).sync.push({
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: [
			{
				id: 1,
				name: 'application.act',
				args: { applicationId: id, municipalityId: 'riga', action }
			}
		]
	});

describe('the applicant takes a workflow step (application.act)', () => {
	it('refuses accepting a place outside its offer, withdraws an open application, and is refused what the workflow does not allow', async () => {
		const db = freshDb();
		const officer = callerFor(db, 'demo-officer-riga');
		const offered = insertQueued(db, { status: 'offered' });
		// An enrolment place is accepted by answering its offer (offer.respond, issue 16), never
		// as a bare step: that is refused with the reason and changes nothing.
		expect((await act(db, 'demo-citizen-anna', offered, 'acceptPlace')).results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'STALE_STATE', issues: [{ message: 'workflow.onlyThroughPlacement' }] }
		});
		expect((await officer.applications.state({ municipalityId: 'riga', id: offered })).status).toBe(
			'offered'
		);

		const open = insertQueued(db, { status: 'in_review' });
		// Not hers: refused as if it did not exist.
		expect((await act(db, 'demo-citizen-janis', open, 'withdraw')).results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'NOT_FOUND' }
		});
		// An officer's step, and one with its own mutation, are not hers to take here.
		expect((await act(db, 'demo-citizen-anna', open, 'addToQueue')).results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'STALE_STATE', issues: [{ message: 'workflow.wrongRole' }] }
		});
		expect(
			(await act(db, 'demo-citizen-anna', open, 'provideInformation')).results[0]
		).toMatchObject({ status: 'rejected', error: { code: 'INVALID' } });
		expect((await act(db, 'demo-citizen-anna', open, 'withdraw')).results[0]?.status).toBe(
			'applied'
		);
		const history = await officer.applications.timeline({ municipalityId: 'riga', id: open });
		expect(history.at(-1)).toMatchObject({
			kind: 'transition',
			action: 'withdraw',
			role: 'citizen'
		});

		// Withdrawn is final: nothing more, by anyone.
		expect((await act(db, 'demo-citizen-anna', open, 'withdraw')).results[0]).toMatchObject({
			status: 'rejected',
			error: { code: 'STALE_STATE', issues: [{ message: 'workflow.notFromState' }] }
		});
	});
});
