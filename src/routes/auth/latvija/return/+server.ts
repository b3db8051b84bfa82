import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$server/db/client.server';
import { readBrowserKey } from '$server/identity/latvija/browser-binding';
import { getLatvijaConfig } from '$server/identity/latvija/config';
import { completeSignIn, type SignInOutcome } from '$server/identity/latvija/sign-in.service';
import { safeReturnTo } from '$server/identity/return-to';
import { invalidateSession } from '$server/identity/sessions.service';
import { setSessionCookie } from '$server/identity/session-cookie';
import { clientAddress } from '$server/app/caller';
import { zSignInResponse } from '$lib/domain/sign-in';
import type { RequestHandler } from './$types';

/**
 * Where Latvija.lv (or the stand-in) sends its answer: a cross-origin form POST with `wresult`
 * and `wctx`, or, after Cancel, a GET with only `wctx`. The answer proves itself (signature,
 * audience, validity, one-time wctx bound to the browser that started the sign-in by its
 * binding cookie), so the origin check exempts this one path.
 */

function failureLocation(outcome: Extract<SignInOutcome, { ok: false }>): string {
	const params = new URLSearchParams({ error: outcome.error });
	const returnTo = safeReturnTo(outcome.returnTo);
	if (returnTo) {
		params.set('returnTo', returnTo);
	}
	return `/login?${params.toString()}`;
}

async function finish(event: RequestEvent, fields: Record<string, unknown>): Promise<never> {
	const config = getLatvijaConfig();
	if (!config) {
		error(404, 'Sign-in through Latvija.lv is not configured');
	}
	const parsed = zSignInResponse.safeParse(fields);
	if (!parsed.success) {
		redirect(303, '/login?error=invalid');
	}
	const answer = { ...parsed.data, browserKey: readBrowserKey(event) };
	const outcome = await completeSignIn(getDb(), config, answer, {
		userAgent: event.request.headers.get('user-agent'),
		address: clientAddress(event)
	});
	if (!outcome.ok) {
		redirect(303, failureLocation(outcome));
	}
	// A new sign-in replaces whatever session this browser had.
	if (event.locals.identity.sessionId) {
		invalidateSession(getDb(), event.locals.identity.sessionId);
	}
	setSessionCookie(event, outcome.token, outcome.expiresAt);
	redirect(303, safeReturnTo(outcome.returnTo) ?? '/');
}

export const POST: RequestHandler = async (event) => {
	const type = event.request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
		error(415, 'Expected the identity provider’s form post');
	}
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		error(400, 'Unreadable form');
	}
	const fields: Record<string, unknown> = {};
	for (const name of ['wa', 'wresult', 'wctx']) {
		const value = form.get(name);
		if (typeof value === 'string') {
			fields[name] = value;
		}
	}
	return finish(event, fields);
};

/** Cancel at the provider comes back as a GET with wctx only; a token in a URL is ignored. */
export const GET: RequestHandler = (event) =>
	finish(event, { wctx: event.url.searchParams.get('wctx') ?? '' });
