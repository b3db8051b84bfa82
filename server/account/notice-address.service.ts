import type { NoticeAddressInput } from '../../src/lib/domain/account';
import type { Db, DbOrTx } from '../db/client.server';
import { noticeAddressRepo } from './notice-address.repo';

/** The address I chose for all my notices, or null: each application's own contact. */
export function myNoticeAddress(db: Db, personId: string): { email: string | null } {
	return { email: noticeAddressRepo.get(db, personId) };
}

/**
 * The address a person chose on purpose for all their notices, or null; read by the
 * notifications area (in the caller's transaction) when it addresses a notice.
 */
export function chosenNoticeAddress(db: DbOrTx, personId: string): string | null {
	return noticeAddressRepo.get(db, personId);
}

/** Only ever the signed-in person's own row: there is no person id in the input. */
export function setMyNoticeAddress(
	db: Db,
	personId: string,
	input: NoticeAddressInput,
	now: number
): { email: string | null } {
	if (input.mode === 'chosen') {
		noticeAddressRepo.set(db, personId, input.email, now);
		return { email: input.email };
	}
	noticeAddressRepo.clear(db, personId);
	return { email: null };
}
