import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$server/db/client.server';
import { isDemoLoginEnabled } from '$server/identity/demo-login';
import { listDemoPeople, signInAs, signOut } from '$server/identity/demo-login.service';
import { getLatvijaConfig } from '$server/identity/latvija/config';
import { safeReturnTo } from '$server/identity/return-to';
import { clearSessionCookie, setSessionCookie } from '$server/identity/session-cookie';
import { clientAddress } from '$server/app/caller';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	latvija: getLatvijaConfig() !== null,
	demo: isDemoLoginEnabled(),
	people: isDemoLoginEnabled() ? listDemoPeople(getDb()) : []
});

const zSignIn = z.object({
	personId: z.string().min(1).max(100),
	returnTo: z.string().max(1000).optional()
});

export const actions: Actions = {
	signin: async (event) => {
		if (!isDemoLoginEnabled()) {
			error(404, 'Demo sign-in is disabled');
		}
		const parsed = zSignIn.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) {
			return fail(400, { message: 'field.invalid' });
		}
		const signedIn = signInAs(getDb(), parsed.data.personId, {
			userAgent: event.request.headers.get('user-agent'),
			address: clientAddress(event)
		});
		if (!signedIn) {
			return fail(400, { message: 'field.invalid' });
		}
		setSessionCookie(event, signedIn.token, signedIn.expiresAt);
		redirect(303, safeReturnTo(parsed.data.returnTo) ?? signedIn.landing);
	},
	signout: (event) => {
		signOut(getDb(), event.locals.identity, clientAddress(event));
		clearSessionCookie(event);
		redirect(303, '/login');
	}
};
