import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationDelegate } from '../db/schema/application-delegate';
import { chosenNoticeAddress } from '../account/notice-address.service';
import { people } from '../identity/people.service';

const zAddress = z.email().max(254);

export type Recipient = {
	email: string | null;
	lang: 'lv' | 'en';
	/**
	 * When the notice is to the applicant about an application a delegate made for them (a
	 * power of attorney): the delegate, who acts on it and so sees its notices in the app too.
	 */
	delegateId: string | null;
};

/**
 * Where a notice to this person is emailed, and in which language. An address the person
 * chose on purpose in /account wins; otherwise a notice about their own application goes to
 * the contact that application gives (never one given in another application: people use
 * different addresses for different matters); a notice about anything else goes to the
 * address known for them (staff). Null email: in-app only.
 */
export function recipientOf(
	tx: DbOrTx,
	personId: string,
	applicationId: string | null
): Recipient | null {
	const row = people.findById(tx, personId);
	if (!row) {
		return null;
	}
	const noticeEmail = chosenNoticeAddress(tx, personId);
	const app = applicationId
		? tx
				.select({
					applicantId: application.applicantId,
					service: application.service,
					data: application.data,
					delegateId: applicationDelegate.delegateId
				})
				.from(application)
				.leftJoin(applicationDelegate, eq(applicationDelegate.applicationId, application.id))
				.where(eq(application.id, applicationId))
				.get()
		: undefined;
	const ownApplication = app !== undefined && app.applicantId === personId;
	const delegateId =
		ownApplication && app.delegateId && app.delegateId !== personId ? app.delegateId : null;
	if (noticeEmail) {
		return { email: noticeEmail, lang: row.lang, delegateId };
	}
	if (ownApplication) {
		return { email: contactOf(app.service, app.data), lang: row.lang, delegateId };
	}
	return { email: row.email, lang: row.lang, delegateId: null };
}

/** The contact address an application gives, if it is one. */
export function contactOf(service: string, data: Record<string, unknown>): string | null {
	const given = zAddress.safeParse(getService(service)?.contactEmail?.(data)?.trim());
	return given.success ? given.data : null;
}
