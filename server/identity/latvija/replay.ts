import type { DbOrTx } from '../../db/client.server';
import { signInRequestsRepo, usedAssertionsRepo } from './latvija.repo';
import { CLOCK_SKEW_MS, type VerifiedAssertion } from './verify-assertion';

/**
 * Marks an assertion as used; false when it had been used already. The id is kept until the
 * assertion could no longer pass the validity check anyway (its end plus the clock skew), so
 * the table holds only the last few minutes of sign-ins.
 */
export function claimAssertion(db: DbOrTx, assertion: VerifiedAssertion, now: number): boolean {
	return usedAssertionsRepo.insertIfNew(db, {
		id: assertion.id,
		issuer: assertion.issuer,
		expiresAt: assertion.notOnOrAfter + CLOCK_SKEW_MS,
		createdAt: now
	});
}

/** Drops used assertion ids and unanswered requests that can no longer matter. */
export function purgeExpired(db: DbOrTx, now: number): void {
	usedAssertionsRepo.purgeExpired(db, now);
	signInRequestsRepo.purgeExpired(db, now);
}
