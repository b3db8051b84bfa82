import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { person } from '../db/schema/identity';
import { noticeAddress } from '../db/schema/notice-address';

const zAddress = z.email().max(254);

export type Recipient = { email: string | null; lang: 'lv' | 'en' };

/**
 * Where a notice to this person is emailed, and in which language. An address the person
 * chose on purpose in /account wins; otherwise a notice about their own application goes to
 * the contact that application gives (never one given in another application: people use
 * different addresses for different matters); a notice about anything else goes to the
 * address known for them (staff). Null: in-app only.
 */
export function recipientOf(
	tx: DbOrTx,
	personId: string,
	applicationId: string | null
): Recipient | null {
	const row = tx
		.select({ email: person.email, noticeEmail: noticeAddress.email, lang: person.lang })
		.from(person)
		.leftJoin(noticeAddress, eq(noticeAddress.personId, person.id))
		.where(eq(person.id, personId))
		.get();
	if (!row) {
		return null;
	}
	if (row.noticeEmail) {
		return { email: row.noticeEmail, lang: row.lang };
	}
	const app = applicationId
		? tx
				.select({
					applicantId: application.applicantId,
					service: application.service,
					data: application.data
				})
				.from(application)
				.where(eq(application.id, applicationId))
				.get()
		: undefined;
	if (app && app.applicantId === personId) {
		return { email: contactOf(app.service, app.data), lang: row.lang };
	}
	return { email: row.email, lang: row.lang };
}

/** The contact address an application gives, if it is one. */
export function contactOf(service: string, data: Record<string, unknown>): string | null {
	const given = zAddress.safeParse(getService(service)?.contactEmail?.(data)?.trim());
	return given.success ? given.data : null;
}
