import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { person, roleAssignment, session } from '../db/schema/identity';

/** This area's rows about one person, for their own data export (GDPR Art. 15). */
export const identityPersonDataRepo = {
	person(db: DbOrTx, personId: string) {
		return db.select().from(person).where(eq(person.id, personId)).get() ?? null;
	},
	roles(db: DbOrTx, personId: string) {
		return db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all();
	},
	sessions(db: DbOrTx, personId: string) {
		return db.select().from(session).where(eq(session.personId, personId)).all();
	}
};
