import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from './client.server';
import { listServices } from '../../src/lib/services/registry';
import { institution, municipality, person, roleAssignment, serviceSettings } from './schema/index';
import { DEMO_INSTITUTION_TEMPLATES, DEMO_MUNICIPALITIES, DEMO_PEOPLE } from './seed-data';
import { seedDemoPlacement } from './seed-placement';

/**
 * Fills an empty database with the demo data; a database that has municipalities is left
 * alone, except that demo municipalities get the set-up of e-services added since (never
 * changing one that exists, so an admin's choice stands).
 */
export function seedIfEmpty(db: Db, now = Date.now()): boolean {
	const existing = db.select({ n: count() }).from(municipality).get()?.n ?? 0;
	if (existing > 0) {
		seedDemoServiceSettings(db, now);
		seedDemoNameForms(db);
		seedDemoPlacement(db, now);
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
					nameLvGenitive: m.nameLvGenitive,
					nameLvLocative: m.nameLvLocative,
					officialNameLv: m.officialNameLv,
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
	seedDemoServiceSettings(db, now);
	seedDemoPlacement(db, now);
	return true;
}

/** Every registered e-service offered in every demo municipality, with its demo settings. */
function seedDemoServiceSettings(db: Db, now: number): void {
	const present = new Set(
		db
			.select({ id: municipality.id })
			.from(municipality)
			.all()
			.map((m) => m.id)
	);
	db.transaction((tx) => {
		for (const m of DEMO_MUNICIPALITIES.filter((d) => present.has(d.id))) {
			for (const def of listServices()) {
				tx.insert(serviceSettings)
					.values({
						municipalityId: m.id,
						service: def.id,
						enabled: true,
						settings: (def.demoSettings?.[m.id] ?? def.defaultSettings) as Record<string, unknown>,
						updatedAt: now,
						updatedBy: null
					})
					.onConflictDoNothing()
					.run();
			}
		}
	});
}

/** Demo municipalities seeded before their name forms existed get them (only where unset). */
function seedDemoNameForms(db: Db): void {
	for (const m of DEMO_MUNICIPALITIES) {
		db.update(municipality)
			.set({
				nameLvGenitive: m.nameLvGenitive,
				nameLvLocative: m.nameLvLocative,
				officialNameLv: m.officialNameLv
			})
			.where(and(eq(municipality.id, m.id), isNull(municipality.nameLvGenitive)))
			.run();
	}
}
