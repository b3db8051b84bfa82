import { asc, eq } from 'drizzle-orm';
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
	listAll(db: DbOrTx) {
		return db.select().from(person).orderBy(asc(person.surname), asc(person.givenName)).all();
	},
	rolesOf(db: DbOrTx, personId: string): RoleRow[] {
		return db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all();
	},
	allRoles(db: DbOrTx): RoleRow[] {
		return db.select().from(roleAssignment).all();
	}
};
