import { and, asc, eq, inArray } from 'drizzle-orm';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { DbOrTx } from '../db/client.server';
import { person, roleAssignment } from '../db/schema/identity';

export type RoleRow = typeof roleAssignment.$inferSelect;

export const peopleRepo = {
	findByPersonalCode(db: DbOrTx, personalCode: string) {
		return db.select().from(person).where(eq(person.personalCode, personalCode)).get() ?? null;
	},
	/**
	 * A grantor Kopa has not met yet (they have never signed in): known by code only, so their
	 * names stay empty until their own sign-in brings them (signInPeopleRepo.upsert).
	 */
	insertByCode(db: DbOrTx, personalCode: string, now: number): string {
		const id = uuidv7(now);
		db.insert(person)
			.values({
				id,
				personalCode,
				givenName: '',
				surname: '',
				email: null,
				lang: 'lv',
				createdAt: now
			})
			.onConflictDoNothing({ target: person.personalCode })
			.run();
		return this.findByPersonalCode(db, personalCode)?.id ?? id;
	},
	findById(db: DbOrTx, id: string) {
		return db.select().from(person).where(eq(person.id, id)).get() ?? null;
	},
	/** "Given Surname" by person id, in one query (ids not found are left out). */
	namesOf(db: DbOrTx, ids: readonly string[]): Map<string, string> {
		const unique = [...new Set(ids)];
		if (unique.length === 0) {
			return new Map();
		}
		const rows = db
			.select({ id: person.id, givenName: person.givenName, surname: person.surname })
			.from(person)
			.where(inArray(person.id, unique))
			.all();
		return new Map(rows.map((r) => [r.id, `${r.givenName} ${r.surname}`]));
	},
	/** The language the person's notices are written in. */
	setLang(db: DbOrTx, id: string, lang: 'lv' | 'en'): void {
		db.update(person).set({ lang }).where(eq(person.id, id)).run();
	},
	listAll(db: DbOrTx) {
		return db.select().from(person).orderBy(asc(person.surname), asc(person.givenName)).all();
	},
	rolesOf(db: DbOrTx, personId: string): RoleRow[] {
		return db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all();
	},
	allRoles(db: DbOrTx): RoleRow[] {
		return db.select().from(roleAssignment).all();
	},
	/** The e-services (null: every one) a person holds `role` for in a municipality. */
	roleServices(
		db: DbOrTx,
		personId: string,
		role: RoleRow['role'],
		municipalityId: string
	): (string | null)[] {
		return db
			.select({ service: roleAssignment.service })
			.from(roleAssignment)
			.where(
				and(
					eq(roleAssignment.personId, personId),
					eq(roleAssignment.role, role),
					eq(roleAssignment.municipalityId, municipalityId)
				)
			)
			.all()
			.map((r) => r.service);
	},
	/** Who holds `role` in a municipality, once per service they hold it for, by name. */
	holdersOf(db: DbOrTx, role: RoleRow['role'], municipalityId: string) {
		return db
			.selectDistinct({
				id: person.id,
				givenName: person.givenName,
				surname: person.surname,
				service: roleAssignment.service
			})
			.from(roleAssignment)
			.innerJoin(person, eq(person.id, roleAssignment.personId))
			.where(and(eq(roleAssignment.role, role), eq(roleAssignment.municipalityId, municipalityId)))
			.orderBy(asc(person.surname), asc(person.givenName))
			.all();
	}
};
