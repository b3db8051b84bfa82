import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/app/caller';
import { clearSessionCookie } from '$server/identity/session-cookie';
import { asPageError } from '$server/kernel/page-error';
import { zNoticeAddressInput, zRevokeSessionInput } from '$lib/domain/account';
import { formAction } from '$server/admin/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login?returnTo=/account');
	}
	try {
		const account = callerFor(event).account;
		return {
			sessions: await account.sessions(),
			noticeAddress: (await account.noticeAddress()).email
		};
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = {
	noticeAddress: (event) =>
		formAction(event.request, 'noticeAddress', zNoticeAddressInput, (input) =>
			callerFor(event).account.setNoticeAddress(input)
		),
	revoke: async (event) => {
		let signedOut = false;
		const result = await formAction(event.request, 'revoke', zRevokeSessionInput, async (input) => {
			signedOut = (await callerFor(event).account.revokeSession(input)).signedOut;
		});
		if (signedOut) {
			// Ending this very session is signing out.
			clearSessionCookie(event);
			redirect(303, '/login');
		}
		return result;
	}
};
