import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { attachment } from '../db/schema/attachment';

/** This area's rows about one person, for their own data export (GDPR Art. 15). */
export const attachmentsPersonDataRepo = {
	/** The attachments of these applications (the person's own, found by the applications area). */
	attachments(db: DbOrTx, applicationIds: string[]) {
		return db
			.select()
			.from(attachment)
			.where(inArray(attachment.applicationId, applicationIds))
			.all();
	}
};
