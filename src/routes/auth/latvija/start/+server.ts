import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$server/db/client.server';
import { getLatvijaConfig } from '$server/identity/latvija/config';
import { startSignIn } from '$server/identity/latvija/sign-in.service';
import { zReturnTo } from '$lib/domain/sign-in';
import type { RequestHandler } from './$types';

/** The sign-in button: remembers where to come back to and sends the browser to Latvija.lv. */
export const GET: RequestHandler = ({ url }) => {
	const config = getLatvijaConfig();
	if (!config) {
		error(404, 'Sign-in through Latvija.lv is not configured');
	}
	const given = url.searchParams.get('returnTo');
	const returnTo = given === null ? null : zReturnTo.safeParse(given);
	if (returnTo && !returnTo.success) {
		error(400, 'returnTo must be a path on this site');
	}
	redirect(303, startSignIn(getDb(), config, returnTo?.data ?? null));
};
