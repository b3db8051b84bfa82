import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { noticeAddress } from '../db/schema/notice-address';

/** The person's own choice of notice address (`notice_address`); no row = none chosen. */
export const noticeAddressRepo = {
	get(db: DbOrTx, personId: string): string | null {
		return (
			db
				.select({ email: noticeAddress.email })
				.from(noticeAddress)
				.where(eq(noticeAddress.personId, personId))
				.get()?.email ?? null
		);
	},
	set(db: DbOrTx, personId: string, email: string, now: number): void {
		db.insert(noticeAddress)
			.values({ personId, email, createdAt: now })
			.onConflictDoUpdate({ target: noticeAddress.personId, set: { email, createdAt: now } })
			.run();
	},
	clear(db: DbOrTx, personId: string): void {
		db.delete(noticeAddress).where(eq(noticeAddress.personId, personId)).run();
	}
};
