import { eq, inArray, lt } from 'drizzle-orm';
import { uuidv7 } from '../../../src/lib/domain/ids';
import type { DbOrTx } from '../../db/client.server';
import { person, signInRequest, usedAssertion } from '../../db/schema/identity';

export type SignInRequestRow = typeof signInRequest.$inferSelect;

export const signInRequestsRepo = {
	insert(db: DbOrTx, row: SignInRequestRow): void {
		db.insert(signInRequest).values(row).run();
	},
	/** Removes the request and returns it, so it can be answered only once. */
	take(db: DbOrTx, id: string): SignInRequestRow | null {
		return db.delete(signInRequest).where(eq(signInRequest.id, id)).returning().get() ?? null;
	},
	purgeExpired(db: DbOrTx, now: number): void {
		db.delete(signInRequest).where(lt(signInRequest.expiresAt, now)).run();
	}
};

export const usedAssertionsRepo = {
	/** True when the id was new; false when it had been used before. */
	insertIfNew(db: DbOrTx, row: typeof usedAssertion.$inferSelect): boolean {
		return (
			db.insert(usedAssertion).values(row).onConflictDoNothing({ target: usedAssertion.id }).run()
				.changes > 0
		);
	},
	purgeExpired(db: DbOrTx, now: number): void {
		db.delete(usedAssertion).where(lt(usedAssertion.expiresAt, now)).run();
	}
};

export type PersonRow = typeof person.$inferSelect;

export const signInPeopleRepo = {
	findByCode(db: DbOrTx, personalCode: string): PersonRow | null {
		return db.select().from(person).where(eq(person.personalCode, personalCode)).get() ?? null;
	},
	/** The first person known by any of these (normalised) codes. */
	findByAnyCode(db: DbOrTx, personalCodes: readonly string[]): PersonRow | null {
		if (personalCodes.length === 0) {
			return null;
		}
		return (
			db
				.select()
				.from(person)
				.where(inArray(person.personalCode, [...personalCodes]))
				.get() ?? null
		);
	},
	changeCode(db: DbOrTx, personId: string, personalCode: string): void {
		db.update(person).set({ personalCode }).where(eq(person.id, personId)).run();
	},
	/** The person with this (normalised) code, created or renamed as the provider says. */
	upsert(
		db: DbOrTx,
		input: { personalCode: string; givenName: string; surname: string },
		now: number
	): PersonRow {
		const found = signInPeopleRepo.findByCode(db, input.personalCode);
		if (!found) {
			const row = { id: uuidv7(now), ...input, email: null, lang: 'lv' as const, createdAt: now };
			db.insert(person).values(row).run();
			return row;
		}
		if (found.givenName !== input.givenName || found.surname !== input.surname) {
			db.update(person)
				.set({ givenName: input.givenName, surname: input.surname })
				.where(eq(person.id, found.id))
				.run();
		}
		return { ...found, givenName: input.givenName, surname: input.surname };
	}
};
