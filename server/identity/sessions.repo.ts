import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { person, session } from '../db/schema/index';

export type SessionRow = typeof session.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
export type SessionWithPerson = { session: SessionRow; person: PersonRow };

// Sessions are not tenant data: a person's session spans every municipality they act in.
export const sessionsRepo = {
	insert(db: DbOrTx, row: SessionRow): void {
		db.insert(session).values(row).run();
	},
	findWithPerson(db: DbOrTx, id: string): SessionWithPerson | null {
		const row = db
			.select({ session, person })
			.from(session)
			.innerJoin(person, eq(person.id, session.personId))
			.where(eq(session.id, id))
			.get();
		return row ?? null;
	},
	updateExpiry(db: DbOrTx, id: string, expiresAt: number): void {
		db.update(session).set({ expiresAt }).where(eq(session.id, id)).run();
	},
	delete(db: DbOrTx, id: string): void {
		db.delete(session).where(eq(session.id, id)).run();
	}
};
