import { z } from 'zod';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { chosenNoticeAddress } from '../account/notice-address.service';
import { people } from '../identity/people.service';

const zAddress = z.email().max(254);

/**
 * The application a notice is about, as its caller (which may read applications) gives it:
 * notifications sits below applications in the area graph, so it does not look it up.
 */
export type NoticeApplication = {
	applicantId: string;
	service: string;
	data: Record<string, unknown>;
	delegateId: string | null;
};

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
	app: NoticeApplication | null
): Recipient | null {
	const row = people.findById(tx, personId);
	if (!row) {
		return null;
	}
	const noticeEmail = chosenNoticeAddress(tx, personId);
	const ownApplication = app !== null && app.applicantId === personId;
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
