import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { auditEvent } from '../db/schema/audit';

/** This area's rows about one person, for their own data export (GDPR Art. 15). */
export const auditPersonDataRepo = {
	/** What the person did. */
	asActor(db: DbOrTx, personId: string) {
		return db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.actorId, personId))
			.orderBy(asc(auditEvent.id))
			.all();
	},
	/** What was done to these applications (the person's own). */
	ofApplications(db: DbOrTx, applicationIds: string[]) {
		return db
			.select()
			.from(auditEvent)
			.where(
				and(
					eq(auditEvent.subjectType, 'application'),
					inArray(auditEvent.subjectId, applicationIds)
				)
			)
			.orderBy(asc(auditEvent.id))
			.all();
	}
};
