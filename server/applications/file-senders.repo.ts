import { eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationDelegate } from '../db/schema/application-delegate';

/**
 * The applications whose files a person sends, in any session: their own, and those they
 * made for a grantor under a power of attorney (the delegate sends those files, and may
 * finish an upload signed in for themself). Only for the bookkeeping of the bytes a person
 * uploads (attachments' proof of possession), never to reach an application.
 */
export const fileSendersRepo = {
	applicationIdsOf(db: DbOrTx, personId: string): string[] {
		const madeAsDelegate = db
			.select({ id: applicationDelegate.applicationId })
			.from(applicationDelegate)
			.where(eq(applicationDelegate.delegateId, personId));
		return db
			.select({ id: application.id })
			.from(application)
			.where(or(eq(application.applicantId, personId), inArray(application.id, madeAsDelegate)))
			.all()
			.map((r) => r.id);
	}
};
