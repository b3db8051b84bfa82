import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.server';
import { notification } from '../db/schema/notification';

export type NotificationRow = typeof notification.$inferSelect;

/**
 * The queries of this area's own table, `notification`: a person's notices (always keyed by
 * their id) and the email outbox's claims.
 */
export const notificationsRepo = {
	/** A page of the person's notices, newest first, after the cursor; one more than `limit`. */
	pageOf(
		db: DbOrTx,
		personId: string,
		before: { createdAt: number; id: string } | undefined,
		limit: number
	): NotificationRow[] {
		const mine = eq(notification.personId, personId);
		return db
			.select()
			.from(notification)
			.where(
				before
					? and(
							mine,
							or(
								lt(notification.createdAt, before.createdAt),
								and(eq(notification.createdAt, before.createdAt), lt(notification.id, before.id))
							)
						)
					: mine
			)
			.orderBy(desc(notification.createdAt), desc(notification.id))
			.limit(limit + 1)
			.all();
	},
	unreadCount(db: DbOrTx, personId: string): number {
		const row = db
			.select({ n: count() })
			.from(notification)
			.where(and(eq(notification.personId, personId), isNull(notification.readAt)))
			.get();
		return row?.n ?? 0;
	},
	/** Marks the person's unread notices read (all, or those ids); returns how many changed. */
	markRead(db: DbOrTx, personId: string, ids: string[] | null, now: number): number {
		const scope = and(
			eq(notification.personId, personId),
			isNull(notification.readAt),
			ids ? inArray(notification.id, ids) : undefined
		);
		return db.update(notification).set({ readAt: now }).where(scope).run().changes;
	},
	/** Takes up to `limit` due rows for this worker: an UPDATE that only a pending, due row passes. */
	claim(db: Db, now: number, limit: number, leaseMs: number): { id: string; attempts: number }[] {
		return db.transaction((tx) => {
			const due = tx
				.select({ id: notification.id })
				.from(notification)
				.where(and(eq(notification.emailStatus, 'pending'), lte(notification.nextAttemptAt, now)))
				.orderBy(asc(notification.nextAttemptAt))
				.limit(limit)
				.all()
				.map((r) => r.id);
			if (due.length === 0) {
				return [];
			}
			return tx
				.update(notification)
				.set({
					emailAttempts: sql`${notification.emailAttempts} + 1`,
					nextAttemptAt: now + leaseMs
				})
				.where(
					and(
						inArray(notification.id, due),
						eq(notification.emailStatus, 'pending'),
						lte(notification.nextAttemptAt, now)
					)
				)
				.returning({ id: notification.id, attempts: notification.emailAttempts })
				.all();
		});
	},
	/** What the outbox sends for one notice (the language is the person's, read at send time). */
	forSending(db: DbOrTx, id: string) {
		return (
			db
				.select({
					kind: notification.kind,
					payload: notification.payload,
					to: notification.emailTo,
					personId: notification.personId
				})
				.from(notification)
				.where(eq(notification.id, id))
				.get() ?? null
		);
	},
	/** Records how a send went. */
	finish(db: DbOrTx, id: string, values: Partial<typeof notification.$inferInsert>): void {
		db.update(notification).set(values).where(eq(notification.id, id)).run();
	}
};
