import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { attachment } from '../db/schema/attachment';
import { auditEvent } from '../db/schema/audit';
import { applicationChange, conflict } from '../db/schema/conflict';
import { person, roleAssignment, session } from '../db/schema/identity';
import { noticeAddress } from '../db/schema/notice-address';
import { syncClient } from '../db/schema/sync';

/**
 * Everything Kopa holds about one person, read for their own export (GDPR Art. 15). It
 * crosses municipalities on purpose: it is the person's own data, wherever it was filed.
 */
export const myDataRepo = {
	person(db: DbOrTx, personId: string) {
		return db.select().from(person).where(eq(person.id, personId)).get() ?? null;
	},
	noticeAddress(db: DbOrTx, personId: string) {
		return (
			db.select().from(noticeAddress).where(eq(noticeAddress.personId, personId)).get() ?? null
		);
	},
	roles(db: DbOrTx, personId: string) {
		return db.select().from(roleAssignment).where(eq(roleAssignment.personId, personId)).all();
	},
	sessions(db: DbOrTx, personId: string) {
		return db.select().from(session).where(eq(session.personId, personId)).all();
	},
	devices(db: DbOrTx, personId: string) {
		return db.select().from(syncClient).where(eq(syncClient.personId, personId)).all();
	},
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
	},
	attachments(db: DbOrTx, applicationIds: string[]) {
		return db
			.select()
			.from(attachment)
			.where(inArray(attachment.applicationId, applicationIds))
			.all();
	},
	auditAsActor(db: DbOrTx, personId: string) {
		return db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.actorId, personId))
			.orderBy(asc(auditEvent.id))
			.all();
	},
	auditOfApplications(db: DbOrTx, applicationIds: string[]) {
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
