import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$server/db/client.server';
import { bindBrowser } from '$server/identity/latvija/browser-binding';
import { getLatvijaConfig } from '$server/identity/latvija/config';
import { startSignIn } from '$server/identity/latvija/sign-in.service';
import type { RequestHandler } from './$types';

/**
 * The sign-in button: remembers where to come back to, marks this browser as the one signing
 * in, and sends it to Latvija.lv. A `returnTo` that is not a path on this site is dropped (the
 * person then lands where their work is) rather than refused: it came from a link, not from
 * them.
 */
export const GET: RequestHandler = (event) => {
	const config = getLatvijaConfig();
	if (!config) {
		error(404, 'Sign-in through Latvija.lv is not configured');
	}
	const browserKey = bindBrowser(event);
	const returnTo = event.url.searchParams.get('returnTo');
	redirect(303, startSignIn(getDb(), config, { returnTo, browserKey }));
};
