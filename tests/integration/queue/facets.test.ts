import { describe, expect, it } from 'vitest';
import { upgradeStoredAnswers } from '../../../server/applications/one-page-enrolments';
import { backfillFacets } from '../../../server/applications/facets';
import { searchTokens } from '../../../src/lib/domain/queue';
import { permitFacets } from '../../../src/lib/services/advertising-permit/facets';
import { callerFor, freshDb } from '../harness';
import { facetsOf, submitEnrolment } from './submit-helper';

describe('search words', () => {
	it('keep diacritics and fold them, and codes with and without the dash', () => {
		expect(searchTokens('Anna Liepiņa-Ozola 010203-20007').sort()).toEqual(
			[
				'anna',
				'liepiņa-ozola',
				'liepina-ozola',
				'liepiņaozola',
				'liepinaozola',
				'liepiņa',
				'liepina',
				'ozola',
				'010203-20007',
				'01020320007',
				'010203',
				'20007'
			].sort()
		);
	});
});

describe('facets of an application', () => {
	it('are written at submission: institutions, grounds, level, and search words', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga');
		const facets = facetsOf(db, id);
		expect(facets).toEqual(
			expect.arrayContaining([
				'institution=riga-saulite',
				'institution=riga-zilite',
				'level=preschool',
				// the child
				'search=elza',
				'search=bērziņa',
				'search=berzina',
				// the applicant (demo citizen Anna) and the registration number
				'search=anna'
			])
		);
		const reg = db.$client.prepare('select registration_number r from application').get() as {
			r: string;
		};
		expect(facets).toContain(`search=${reg.r.toLowerCase()}`);
	});

	it('follow an officer’s edit of the answers', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga');
		await callerFor(db, 'demo-officer-riga').applications.editFields({
			municipalityId: 'riga',
			id,
			baseVersion: 2,
			fields: { childGivenName: 'Žanete', institutionChoices: ['riga-zilite'] }
		});
		const facets = facetsOf(db, id);
		expect(facets).toContain('search=zanete');
		expect(facets).toContain('search=žanete');
		expect(facets).not.toContain('search=elza');
		expect(facets).not.toContain('institution=riga-saulite');
	});

	it('are not written for drafts', async () => {
		const db = freshDb();
		await submitEnrolment(db, 'riga');
		const n = db.$client.prepare('select count(*) n from application_facet').get() as { n: number };
		db.$client.exec('delete from application_facet');
		db.$client.exec("update application set status = 'draft'");
		expect(backfillFacets(db)).toBe(0);
		expect(n.n).toBeGreaterThan(0);
	});

	it('are backfilled at start for applications submitted before they existed', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga');
		const before = facetsOf(db, id);
		db.$client.exec('delete from application_facet');
		expect(backfillFacets(db)).toBe(1);
		expect(facetsOf(db, id)).toEqual(before);
		expect(backfillFacets(db)).toBe(0);
	});

	it('follow the one-page upgrade of a submitted enrolment', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga');
		db.$client
			.prepare(
				"update application set data = json_set(json_remove(data, '$.institutionChoices'), '$.institutionId', 'riga-zilite') where id = ?"
			)
			.run(id);
		expect(upgradeStoredAnswers(db)).toBe(1);
		expect(facetsOf(db, id)).toContain('institution=riga-zilite');
		expect(facetsOf(db, id)).not.toContain('institution=riga-saulite');
	});

	it('of a permit: kind, zone, monument, and the company', () => {
		expect(
			permitFacets({
				permitKind: 'sign',
				zone: 'centre',
				nearMonument: 'no',
				registrationNumber: '40003000001',
				companyName: 'SIA Saule'
			})
		).toEqual({
			kind: ['sign'],
			zone: ['centre'],
			nearMonument: ['no'],
			search: ['40003000001', 'SIA Saule']
		});
	});
});

describe('quotes and punctuation (SIA “Demo Reklāma”)', () => {
	it('are never part of a search word: the company is found by Demo', () => {
		const words = permitFacets({
			applicantType: 'company',
			companyName: 'SIA “Demo Reklāma”',
			registrationNumber: 'LV 4020 3123 456'
		}).search?.flatMap(searchTokens);
		expect(words).toEqual(expect.arrayContaining(['sia', 'demo', 'reklāma', 'reklama']));
		expect(words).toContain('40203123456');
		expect(words?.some((w) => /[“”"„]/.test(w))).toBe(false);
	});

	it('re-indexes at start the applications whose words still hold a quote', async () => {
		const db = freshDb();
		const id = await submitEnrolment(db, 'riga');
		const fresh = facetsOf(db, id);
		// As the old rule stored a quoted name: the quote glued to the word.
		db.$client
			.prepare(
				"insert into application_facet (application_id, municipality_id, facet, value) values (?, 'riga', 'search', '“demo')"
			)
			.run(id);
		expect(backfillFacets(db)).toBe(1);
		expect(facetsOf(db, id)).toEqual(fresh);
		expect(backfillFacets(db)).toBe(0);
	});
});
