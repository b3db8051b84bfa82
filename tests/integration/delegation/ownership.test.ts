import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_PERSONS } from '../../../server/idp-standin/test-persons';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { completeFieldsFor, draftAndSubmit } from '../fixtures';
import { callerFor, count, freshDb } from '../harness';
import { pullIds, signedInAs } from './sessions';

const DELEGATED = TEST_PERSONS.find((p) => p.key === 'delegated-janis');
const ANNA = 'demo-citizen-anna';
const JANIS = 'demo-citizen-janis';

describe('an application made under a power of attorney', () => {
	it('belongs to the grantor; the delegate acts for them; both see it; the history says who acted', async () => {
		const db = freshDb();
		const delegate = signedInAs(db, JANIS, DELEGATED?.identifier ?? '');
		const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
		const pushed = await delegate.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations
		});
		expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);

		// The grantor owns it.
		expect(
			count(db, 'SELECT count(*) AS n FROM application WHERE id = ? AND applicant_id = ?', id, ANNA)
		).toBe(1);
		// Both see it; nobody else does.
		expect(await pullIds(signedInAs(db, ANNA, null))).toContain(id);
		expect(await pullIds(delegate)).toContain(id);
		expect(await pullIds(signedInAs(db, 'demo-citizen-liga', null))).not.toContain(id);

		// The delegate keeps acting on it (an edit while it may still change), as the person who acted.
		const edited = await delegate.sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 1,
					name: 'application.saveDraft',
					args: {
						id,
						municipalityId: 'riga',
						service: 'education-enrolment',
						patch: { applicantPhone: '+371 2611 1111' }
					}
				}
			]
		});
		expect(edited.results[0]?.status).toBe('applied');
		// Every change was made by the delegate, none in the grantor's name.
		const changesBy = (who: string) =>
			count(
				db,
				'SELECT count(*) AS n FROM application_change WHERE application_id = ? AND actor_id = ?',
				id,
				who
			);
		expect(changesBy(JANIS)).toBeGreaterThanOrEqual(2);
		expect(changesBy(ANNA)).toBe(0);

		// Notices: the grantor's, emailed to the application's contact; the delegate's, in the app.
		const notices = db.$client
			.prepare(
				"SELECT person_id AS personId, email_status AS status FROM notification WHERE application_id = ? AND kind = 'application-submitted' ORDER BY person_id"
			)
			.all(id) as { personId: string; status: string }[];
		expect(notices.map((n) => n.personId)).toEqual([ANNA, JANIS]);
		expect(notices.find((n) => n.personId === JANIS)?.status).toBe('none');
		expect((await signedInAs(db, JANIS, null).notices.list({ limit: 5 })).items).toHaveLength(1);

		// The officer's history names who acted.
		const officer = callerFor(db, 'demo-officer-riga').applications;
		const timeline = await officer.timeline({ municipalityId: 'riga', id });
		expect(JSON.stringify(timeline)).toContain('Jānis');
	});

	it('the same delegate, signed in for themself, makes their own applications', async () => {
		const db = freshDb();
		const own = signedInAs(db, JANIS, null);
		const { recordId: id, mutations } = draftAndSubmit(1, 'riga', completeFieldsFor('riga'));
		await own.sync.push({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, mutations });
		expect(
			count(
				db,
				'SELECT count(*) AS n FROM application WHERE id = ? AND applicant_id = ?',
				id,
				JANIS
			)
		).toBe(1);
		expect(await pullIds(signedInAs(db, ANNA, null))).not.toContain(id);
	});
});
