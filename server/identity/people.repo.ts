import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { person, roleAssignment } from '../db/schema/index';

export type RoleRow = typeof roleAssignment.$inferSelect;

export const peopleRepo = {
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
