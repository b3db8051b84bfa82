import { describe, expect, it } from 'vitest';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

/** HONEST FIXTURE: a person's event advertising in Rīga, 2 m², 20 days, as the form stores it. */
const TEMPORARY = {
	applicantType: 'person',
	contactName: 'Marta Kalniņa',
	email: 'marta@example.lv',
	permitKind: 'temporary',
	address: { text: 'Tirgus iela 3, Rīga' },
	point: { lat: 56.9496, lon: 24.1052 },
	width: '2',
	height: '1',
	dateFrom: '2027-06-01',
	dateTo: '2027-06-20'
};

describe('what an approval will issue, for the officer to confirm', () => {
	it('names the permit kind, place and period applied for, and nothing changes', async () => {
		const db = freshDb();
		const id = insertQueued(db, {
			service: 'advertising-permit',
			status: 'in_review',
			applicantId: 'demo-citizen-liga',
			data: TEMPORARY
		});
		const officerCaller = callerFor(db, 'demo-officer-riga');
		const officer = officerCaller.applications;
		const decisions = officerCaller.decisions;
		const at = { municipalityId: 'riga', id };
		const before = await officer.state(at);
		const preview = await decisions.decisionPreview(at);
		expect(preview.permit).toEqual({
			kind: 'temporary',
			location: 'Tirgus iela 3, Rīga',
			validFrom: '2027-06-01',
			validTo: '2027-06-20'
		});
		expect((await officer.state(at)).version).toBe(before.version);
		expect(await decisions.decision(at)).toBeNull();
	});

	it('is for officers of the application’s municipality only', async () => {
		const db = freshDb();
		const id = insertQueued(db, {
			service: 'advertising-permit',
			status: 'in_review',
			applicantId: 'demo-citizen-liga',
			data: TEMPORARY
		});
		await expect(
			callerFor(db, 'demo-citizen-liga').decisions.decisionPreview({
				municipalityId: 'riga',
				id
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
