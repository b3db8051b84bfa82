import { describe, expect, it } from 'vitest';
import { upgradeStoredAnswers } from '../../server/applications/one-page-enrolments';
import { freshDb } from './harness';

/** A draft as the one-page form stored it before the complete form existed. */
function insertOnePageDraft(db: ReturnType<typeof freshDb>, id: string, institutionId: string) {
	db.$client
		.prepare(
			`insert into application (id, municipality_id, service, applicant_id, status, data, version,
				server_seq, created_at, updated_at)
			values (?, 'riga', 'education-enrolment', 'demo-citizen-anna', 'draft', ?, 3, 1, 0, 0)`
		)
		.run(
			id,
			JSON.stringify({
				childGivenName: 'Elza',
				childSurname: 'Bērziņa',
				childPersonalCode: '280817-22341',
				institutionId,
				startDate: '2027-09-01'
			})
		);
}

describe('enrolments saved by the one-page form', () => {
	it('become answers of the complete form as a new version, once, losing nothing', () => {
		const db = freshDb();
		insertOnePageDraft(db, '0190f5a0-0000-7000-8000-0000000000b1', 'riga-saulite');
		expect(upgradeStoredAnswers(db)).toBe(1);
		const row = db.$client.prepare('select data, version from application').get() as {
			data: string;
			version: number;
		};
		expect(JSON.parse(row.data)).toEqual({
			childGivenName: 'Elza',
			childSurname: 'Bērziņa',
			childPersonalCode: '280817-22341',
			institutionChoices: ['riga-saulite'],
			level: 'preschool',
			startDate: '2027-09-01'
		});
		expect(row.version).toBe(4);
		const change = db.$client
			.prepare('select fields, actor_id from application_change where version = 4')
			.get() as { fields: string; actor_id: string };
		expect(JSON.parse(change.fields)).toEqual(['institutionChoices', 'institutionId', 'level']);
		expect(change.actor_id).toBe('demo-citizen-anna');
		expect(upgradeStoredAnswers(db)).toBe(0);
	});
});
