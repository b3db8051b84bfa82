import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationChange, conflict } from '../db/schema/conflict';

/**
 * This area's rows about one person, for their own data export (GDPR Art. 15). It crosses
 * municipalities on purpose: it is the person's own data, wherever it was filed.
 */
export const applicationsPersonDataRepo = {
	applications(db: DbOrTx, personId: string) {
		return db
			.select()
			.from(application)
			.where(eq(application.applicantId, personId))
			.orderBy(asc(application.createdAt))
			.all();
	},
	changes(db: DbOrTx, applicationIds: string[]) {
		return db
			.select()
			.from(applicationChange)
			.where(inArray(applicationChange.applicationId, applicationIds))
			.orderBy(asc(applicationChange.applicationId), asc(applicationChange.version))
			.all();
	},
	conflicts(db: DbOrTx, applicationIds: string[]) {
		return db.select().from(conflict).where(inArray(conflict.applicationId, applicationIds)).all();
	}
};
