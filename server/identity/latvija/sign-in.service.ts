import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { SignInError } from '../../../src/lib/domain/sign-in';
import { audit } from '../../audit/audit.service';
import { landingFor } from '../landing';
import { peopleRepo } from '../people.repo';
import { safeReturnTo } from '../return-to';
import { auditSignInOrOut } from '../sign-in-audit';
import type { Db, DbOrTx } from '../../db/client.server';
import { createSession, generateSessionToken, type SessionKind } from '../sessions.service';
import type { LatvijaConfig } from './config';
import { actingForForAudit, mapIdentity, type SignedInIdentity } from './identifiers';
import { signInPeopleRepo, signInRequestsRepo } from './latvija.repo';
import { openWresult } from './open-wresult';
import { signInRedirectUrl } from './redirect';
import { claimAssertion, purgeExpired } from './replay';
import type { AssertionRefusal } from './verify-assertion';

/** How long the person has at the provider before the request is forgotten. */
export const SIGN_IN_REQUEST_TTL_MS = 10 * 60 * 1000;

/**
 * The stored request's id: the hash of `wctx` together with the key of the browser that
 * started the sign-in (its binding cookie), so an answer is found only when it comes back
 * through that browser. Without a key there is nothing to find.
 */
function requestIdOf(wctx: string, browserKey: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`${wctx}.${browserKey}`)));
}

export type SignInStart = {
	/** Where the person was going, as given (normalised here; anything off-site is dropped). */
	returnTo: string | null;
	/** The key in the starting browser's binding cookie. */
	browserKey: string;
};

/**
 * Starts a sign-in: a random `wctx` goes to the provider and comes back with the answer; only
 * a hash of it and the browser's key is stored, with where to go afterwards, so the answer is
 * accepted once, in the browser that asked, for a request this server made, within ten minutes.
 */
export function startSignIn(
	db: DbOrTx,
	config: LatvijaConfig,
	start: SignInStart,
	now = Date.now()
): string {
	const wctx = generateSessionToken();
	signInRequestsRepo.insert(db, {
		id: requestIdOf(wctx, start.browserKey),
		returnTo: safeReturnTo(start.returnTo) ?? '',
		expiresAt: now + SIGN_IN_REQUEST_TTL_MS,
		createdAt: now
	});
	return signInRedirectUrl(config, wctx, now);
}

export type SignInAnswer = {
	wresult?: string | undefined;
	wctx: string;
	/** The binding cookie's key sent with the answer, null when the browser had none. */
	browserKey: string | null;
};
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
	const takeRequest = (handle: DbOrTx = db) =>
		answer.browserKey === null
			? null
			: signInRequestsRepo.take(handle, requestIdOf(answer.wctx, answer.browserKey));

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
		const request = takeRequest(tx);
		if (!request || request.expiresAt <= now) {
			// Unknown covers an answer posted from another browser than the one that asked.
			const detail = request
				? 'request_expired'
				: answer.browserKey === null
					? 'no_browser_binding'
					: 'unknown_request';
			return refused('expired', detail, null, tx);
		}
		const mapped = mapIdentity(assertion);
		if (!mapped) {
			return refused('not_allowed', 'identifier', request.returnTo || null, tx);
		}
		const codeChanged = adoptCurrentCode(tx, mapped);
		const person = signInPeopleRepo.upsert(
			tx,
			{
				personalCode: mapped.personalCode,
				givenName: assertion.givenName,
				surname: assertion.surname
			},
			now
		);
		const roles = peopleRepo.rolesOf(tx, person.id);
		const kind: SessionKind = roles.length > 0 ? 'staff' : 'citizen';
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
			{
				method: 'latvija',
				actingFor: actingForForAudit(mapped.actingFor),
				// That the code changed, never the codes themselves.
				...(codeChanged ? { personalCodeChanged: true } : {})
			},
			meta.address,
			now
		);
		const returnTo = safeReturnTo(request.returnTo) ?? landingFor(roles);
		return { ok: true, token, expiresAt: session.expiresAt, kind, returnTo };
	});
}

/**
 * A person whose personal code changed is sent with the current code and the earlier ones.
 * When Kopa knows them only by an earlier code, that person (and everything theirs) takes the
 * current code, so they keep their applications; true when that happened. When Kopa already
 * knows the current code, it is that person; a record under an earlier code is left as it is
 * (joining two records is a decision for people, not for a sign-in).
 */
function adoptCurrentCode(tx: DbOrTx, identity: SignedInIdentity): boolean {
	if (
		identity.earlierCodes.length === 0 ||
		signInPeopleRepo.findByCode(tx, identity.personalCode)
	) {
		return false;
	}
	const earlier = signInPeopleRepo.findByAnyCode(tx, identity.earlierCodes);
	if (!earlier) {
		return false;
	}
	signInPeopleRepo.changeCode(tx, earlier.id, identity.personalCode);
	return true;
}
