import { count } from 'drizzle-orm';
import type { Db } from './client.server';
import { institution, municipality, person, roleAssignment } from './schema/index';
import { DEMO_INSTITUTION_TEMPLATES, DEMO_MUNICIPALITIES, DEMO_PEOPLE } from './seed-data';

/** Fills an empty database with the demo data; a database that has municipalities is left alone. */
export function seedIfEmpty(db: Db, now = Date.now()): boolean {
	const existing = db.select({ n: count() }).from(municipality).get()?.n ?? 0;
	if (existing > 0) {
		return false;
	}
	db.transaction((tx) => {
		for (const m of DEMO_MUNICIPALITIES) {
			tx.insert(municipality)
				.values({
					id: m.id,
					atvk: m.atvk,
					nameLv: m.nameLv,
					nameEn: m.nameEn,
					registrationPrefix: m.prefix,
					createdAt: now
				})
				.run();
			for (const i of DEMO_INSTITUTION_TEMPLATES) {
				tx.insert(institution)
					.values({
						id: `${m.id}-${i.slug}`,
						municipalityId: m.id,
						nameLv: i.nameLv,
						nameEn: i.nameEn,
						kind: i.kind,
						address: `${i.street}, ${m.nameLv}`,
						isDemo: true,
						createdAt: now
					})
					.run();
			}
		}
		for (const p of DEMO_PEOPLE) {
			tx.insert(person)
				.values({
					id: p.id,
					personalCode: p.personalCode,
					givenName: p.givenName,
					surname: p.surname,
					createdAt: now
				})
				.run();
			p.roles.forEach((r, index) => {
				tx.insert(roleAssignment)
					.values({
						id: `${p.id}-role-${index}`,
						personId: p.id,
						role: r.role,
						municipalityId: r.municipalityId,
						service: null,
						createdAt: now
					})
					.run();
			});
		}
	});
	return true;
}
