import { describe, expect, it } from 'vitest';
import { monthsBefore, schedulePeriodicInspections } from '../../../server/inspections/periodic';
import { callerFor, count, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

/** HONEST FIXTURE: a sign permit in Rīga for two years (Rīga inspects every 12 months). */
const LONG_PERMIT = {
	applicantType: 'company',
	companyName: 'SIA Ziemeļu Gaismas',
	registrationNumber: '40203123456',
	contactName: 'Jānis Bērziņš',
	email: 'janis@example.lv',
	permitKind: 'sign',
	address: { text: 'Brīvības iela 21, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	dateFrom: '2026-01-10',
	dateTo: '2027-12-31'
};

const ISSUED = Date.parse('2026-01-05T10:00:00Z');

describe('periodic inspections', () => {
	it('counts calendar months back, clamped to the month’s end', () => {
		expect(monthsBefore('2027-01-15', 12)).toBe('2026-01-15');
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsBefore('2026-01-10', 2)).toBe('2025-11-10');
	});

	it('a permit not inspected for the period gets one task, once; a younger permit none', async () => {
		const db = freshDb();
		const id = insertQueued(db, {
			service: 'advertising-permit',
			status: 'in_review',
			applicantId: 'demo-citizen-liga',
			data: LONG_PERMIT,
			submittedAt: Date.parse('2025-12-15T09:00:00Z')
		});
		const officer = callerFor(db, 'demo-officer-riga', () => ISSUED);
		const { version } = await officer.applications.state({ municipalityId: 'riga', id });
		await officer.decisions.decide({
			municipalityId: 'riga',
			id,
			baseVersion: version,
			outcome: 'approved',
			paragraphs: ['Izvietot saskaņā ar dizaina projektu.']
		});
		const tasks = () =>
			count(
				db,
				"SELECT count(*) AS n FROM inspection WHERE kind = 'periodic' AND application_id = ?",
				id
			);

		expect(schedulePeriodicInspections(db, Date.parse('2026-07-01T08:00:00Z'))).toBe(0);
		const later = Date.parse('2027-01-20T08:00:00Z');
		expect(schedulePeriodicInspections(db, later)).toBe(1);
		expect(tasks()).toBe(1);
		// Run again (a restart, the next round): the open task is enough.
		expect(schedulePeriodicInspections(db, later + 6 * 3600_000)).toBe(0);
		const [task] = await callerFor(db, 'demo-officer-riga', () => later).inspections.list({
			municipalityId: 'riga',
			kind: 'periodic'
		});
		expect(task).toMatchObject({
			inspectorId: 'demo-inspector-riga',
			status: 'assigned',
			dueOn: '2027-02-19'
		});
		expect(task?.permitNumber).toMatch(/^RIGA-A-2026-/);
	});
});
