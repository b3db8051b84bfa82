import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { person, session } from '../db/schema/identity';

export type SessionRow = typeof session.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
export type SessionWithPerson = { session: SessionRow; person: PersonRow };

/**
 * The lookup every signed-in request makes, prepared once per connection: built by Drizzle
 * on each call it cost more than the rest of a no-op request (issue 15).
 */
function buildFindWithPerson(db: DbOrTx) {
	return db
		.select({ session, person })
		.from(session)
		.innerJoin(person, eq(person.id, session.personId))
		.where(eq(session.id, sql.placeholder('id')))
		.prepare();
}

const preparedFind = new WeakMap<DbOrTx, ReturnType<typeof buildFindWithPerson>>();

// Sessions are not tenant data: a person's session spans every municipality they act in.
export const sessionsRepo = {
	insert(db: DbOrTx, row: SessionRow): void {
		db.insert(session).values(row).run();
	},
	findWithPerson(db: DbOrTx, id: string): SessionWithPerson | null {
		let find = preparedFind.get(db);
		if (!find) {
			find = buildFindWithPerson(db);
			preparedFind.set(db, find);
		}
		return find.get({ id }) ?? null;
	},
	touch(db: DbOrTx, id: string, lastActiveAt: number, expiresAt: number): void {
		db.update(session).set({ lastActiveAt, expiresAt }).where(eq(session.id, id)).run();
	},
	listForPerson(db: DbOrTx, personId: string, now: number): SessionRow[] {
		return db
			.select()
			.from(session)
			.where(and(eq(session.personId, personId), gt(session.expiresAt, now)))
			.orderBy(desc(session.lastActiveAt))
			.all();
	},
	/** Ends one of the person's sessions; true if there was one. */
	deleteForPerson(db: DbOrTx, personId: string, id: string): boolean {
		return (
			db
				.delete(session)
				.where(and(eq(session.id, id), eq(session.personId, personId)))
				.run().changes > 0
		);
	},
	/** Ends every session of the person; how many there were. */
	deleteAllForPerson(db: DbOrTx, personId: string): number {
		return db.delete(session).where(eq(session.personId, personId)).run().changes;
	},
	delete(db: DbOrTx, id: string): void {
		db.delete(session).where(eq(session.id, id)).run();
	}
};
