import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { callerFor, count, freshDb } from './harness';

const SCHOOL = {
	nameLv: 'Rīgas Purvciema vidusskola',
	nameEn: 'Riga Purvciems Secondary School',
	kind: 'school' as const,
	address: 'Dzelzavas iela 90, Rīga'
};

describe('a municipal admin keeps the municipality’s institutions', () => {
	it('adds one that citizens can choose at once, and renames it; both audited', async () => {
		const db = freshDb();
		const admin = callerFor(db, 'demo-admin-riga').admin;
		const { id } = await admin.addInstitution({ municipalityId: 'riga', ...SCHOOL });
		expect(id).toMatch(/^riga-/);
		const listed = await callerFor(db, null).tenants.institutions({ municipalityId: 'riga' });
		expect(listed.find((i) => i.id === id)).toMatchObject({
			nameLv: SCHOOL.nameLv,
			kind: 'school'
		});

		const out = await callerFor(db, 'demo-citizen-anna').sync.push({
			clientId: randomUUID(),
			schemaVersion: SCHEMA_VERSION,
			mutations: [
				{
					id: 1,
					name: 'application.saveDraft',
					args: {
						id: randomUUID(),
						municipalityId: 'riga',
						service: 'education-enrolment',
						// A new school, chosen for grade 1 (a draft with an unknown id is refused).
						patch: { level: 'grade1', institutionChoices: [id] }
					}
				}
			]
		});
		expect(out.results[0]?.status).toBe('applied');

		await admin.updateInstitution({
			municipalityId: 'riga',
			id,
			...SCHOOL,
			nameLv: 'Jauns nosaukums'
		});
		const renamed = await callerFor(db, null).tenants.institutions({ municipalityId: 'riga' });
		expect(renamed.find((i) => i.id === id)?.nameLv).toBe('Jauns nosaukums');
		expect(count(db, "select count(*) n from audit_event where action like 'institution.%'")).toBe(
			2
		);
	});

	it('cannot change another municipality’s institution, and refuses empty names', async () => {
		const db = freshDb();
		const admin = callerFor(db, 'demo-admin-riga').admin;
		await expect(
			admin.updateInstitution({ municipalityId: 'riga', id: 'liepaja-saulite', ...SCHOOL })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			admin.addInstitution({ municipalityId: 'riga', ...SCHOOL, nameLv: '  ' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(count(db, 'select count(*) n from institution where name_lv = ?', SCHOOL.nameLv)).toBe(
			0
		);
	});

	it('refuses names with NUL or a right-to-left override, at the field, and stores nothing', async () => {
		const db = freshDb();
		const admin = callerFor(db, 'demo-admin-riga').admin;
		for (const [field, value] of [
			['nameLv', 'Rīgas\u0000 skola'],
			['nameLv', 'Rīgas skola \u202Eloksbiv'],
			['nameEn', 'Riga \u2066school\u2069'],
			['address', 'Dzelzavas iela 90\u001b, Rīga']
		] as const) {
			const error: unknown = await admin
				.addInstitution({ municipalityId: 'riga', ...SCHOOL, [field]: value })
				.then(
					() => null,
					(e: unknown) => e
				);
			expect(error).toMatchObject({ code: 'BAD_REQUEST' });
			expect(JSON.stringify(error)).toContain('text.controlCharacters');
			expect(JSON.stringify(error)).toContain(field);
		}
		expect(count(db, "select count(*) n from institution where name_lv like 'Rīgas%skola%'")).toBe(
			0
		);
		// Latvian letters and ordinary punctuation are fine.
		await admin.addInstitution({
			municipalityId: 'riga',
			...SCHOOL,
			nameLv: 'Rīgas „Ābeļu“ pamatskola'
		});
	});
});
