import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { auditEvent } from '../db/schema/audit';

export type AuditRow = typeof auditEvent.$inferSelect;

export type AuditFilter = {
	municipalityId: string;
	action?: string | undefined;
	/** Matches the actor's name or id, or the subject's id. */
	text?: string | undefined;
	from?: number | undefined;
	to?: number | undefined;
	/** Entries older than this id (uuidv7 sorts by time): the next page. */
	before?: string | undefined;
	limit: number;
};

// Append-only: there is no update or delete here, and the database refuses both.
export const auditRepo = {
	insert(db: DbOrTx, row: AuditRow): void {
		db.insert(auditEvent).values(row).run();
	},
	list(db: DbOrTx, filter: AuditFilter): AuditRow[] {
		const where: (SQL | undefined)[] = [eq(auditEvent.municipalityId, filter.municipalityId)];
		if (filter.action) {
			where.push(eq(auditEvent.action, filter.action));
		}
		if (filter.text) {
			// The typed text is matched literally: %, _ and \ are escaped for LIKE … ESCAPE.
			const pattern = `%${filter.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
			where.push(
				or(
					sql`${auditEvent.actorName} LIKE ${pattern} ESCAPE '\\'`,
					eq(auditEvent.actorId, filter.text),
					eq(auditEvent.subjectId, filter.text)
				)
			);
		}
		if (filter.from !== undefined) {
			where.push(gte(auditEvent.at, filter.from));
		}
		if (filter.to !== undefined) {
			where.push(lt(auditEvent.at, filter.to));
		}
		if (filter.before) {
			where.push(lt(auditEvent.id, filter.before));
		}
		return db
			.select()
			.from(auditEvent)
			.where(and(...where))
			.orderBy(desc(auditEvent.id))
			.limit(filter.limit)
			.all();
	},
	listForActor(db: DbOrTx, actorId: string): AuditRow[] {
		return db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.actorId, actorId))
			.orderBy(desc(auditEvent.id))
			.all();
	}
};
