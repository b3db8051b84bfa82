import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { SignInError } from '../../../src/lib/domain/sign-in';
import { audit } from '../../audit/audit.service';
import { auditSignInOrOut } from '../sign-in-audit';
import type { Db, DbOrTx } from '../../db/client.server';
import { createSession, generateSessionToken, type SessionKind } from '../sessions.service';
import type { LatvijaConfig } from './config';
import { actingForForAudit, mapIdentifier } from './identifiers';
import { signInPeopleRepo, signInRequestsRepo } from './latvija.repo';
import { openWresult } from './open-wresult';
import { signInRedirectUrl } from './redirect';
import { claimAssertion, purgeExpired } from './replay';
import type { AssertionRefusal } from './verify-assertion';

/** How long the person has at the provider before the request is forgotten. */
export const SIGN_IN_REQUEST_TTL_MS = 10 * 60 * 1000;

function hashOf(wctx: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(wctx)));
}

/**
 * Starts a sign-in: a random `wctx` goes to the provider and comes back with the answer; only
 * its hash is stored, with where to go afterwards, so the answer is accepted once, for a
 * request this server made, within ten minutes.
 */
export function startSignIn(
	db: DbOrTx,
	config: LatvijaConfig,
	returnTo: string | null,
	now = Date.now()
): string {
	const wctx = generateSessionToken();
	signInRequestsRepo.insert(db, {
		id: hashOf(wctx),
		returnTo: returnTo ?? '',
		expiresAt: now + SIGN_IN_REQUEST_TTL_MS,
		createdAt: now
	});
	return signInRedirectUrl(config, wctx, now);
}

export type SignInAnswer = { wresult?: string | undefined; wctx: string };
export type RequestMeta = { userAgent: string | null; address: string | null };

export type SignInOutcome =
	| { ok: true; token: string; expiresAt: number; kind: SessionKind; returnTo: string }
	| { ok: false; error: SignInError; detail: string; returnTo: string | null };

const PUBLIC_REASON: Partial<Record<AssertionRefusal, SignInError>> = { expired: 'expired' };

/** Checks the provider's answer and, when it holds, opens a session for the person it names. */
export async function completeSignIn(
	db: Db,
	config: LatvijaConfig,
	answer: SignInAnswer,
	meta: RequestMeta,
	now = Date.now()
): Promise<SignInOutcome> {
	const refused = (
		error: SignInError,
		detail: string,
		returnTo: string | null,
		handle: DbOrTx = db
	): SignInOutcome => {
		audit(
			handle,
			{
				action: 'sign_in_refused',
				actor: null,
				details: { method: 'latvija', reason: error, detail },
				address: meta.address
			},
			now
		);
		return { ok: false, error, detail, returnTo };
	};
	// The request is used up by any answer, so a context is never good for a second try.
	const takeRequest = (handle: DbOrTx = db) => signInRequestsRepo.take(handle, hashOf(answer.wctx));

	if (!answer.wresult) {
		return refused('cancelled', 'cancelled', takeRequest()?.returnTo || null);
	}
	const verified = await openWresult(answer.wresult, config, now);
	if (!verified.ok) {
		const error = PUBLIC_REASON[verified.reason] ?? 'invalid';
		return refused(error, verified.reason, takeRequest()?.returnTo || null);
	}
	const assertion = verified.assertion;
	return db.transaction((tx) => {
		purgeExpired(tx, now);
		if (!claimAssertion(tx, assertion, now)) {
			return refused('replayed', 'replayed', takeRequest(tx)?.returnTo || null, tx);
		}
		const request = signInRequestsRepo.take(tx, hashOf(answer.wctx));
		if (!request || request.expiresAt <= now) {
			return refused('expired', request ? 'request_expired' : 'unknown_request', null, tx);
		}
		const mapped = mapIdentifier(assertion.identifier);
		if (!mapped) {
			return refused('not_allowed', 'identifier', request.returnTo || null, tx);
		}
		const person = signInPeopleRepo.upsert(
			tx,
			{
				personalCode: mapped.personalCode,
				givenName: assertion.givenName,
				surname: assertion.surname
			},
			now
		);
		const kind: SessionKind = signInPeopleRepo.hasAnyRole(tx, person.id) ? 'staff' : 'citizen';
		const token = generateSessionToken();
		const session = createSession(
			tx,
			token,
			{
				personId: person.id,
				kind,
				authMethod: 'latvija',
				actingFor: mapped.actingFor,
				userAgent: meta.userAgent
			},
			now
		);
		auditSignInOrOut(
			tx,
			'sign_in',
			person,
			{ method: 'latvija', actingFor: actingForForAudit(mapped.actingFor) },
			meta.address,
			now
		);
		const returnTo = request.returnTo || (kind === 'staff' ? '/office' : '/');
		return { ok: true, token, expiresAt: session.expiresAt, kind, returnTo };
	});
}
