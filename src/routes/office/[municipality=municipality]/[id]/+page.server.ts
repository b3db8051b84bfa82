import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/trpc/caller';
import { asPageError } from '$server/trpc/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login');
	}
	try {
		const caller = callerFor(event);
		const where = { municipalityId: event.params.municipality, id: event.params.id };
		const application = await caller.applications.get(where);
		const attachments = await caller.attachments.forApplication(where);
		return { application, attachments, municipalityId: event.params.municipality };
	} catch (e) {
		asPageError(e);
	}
};
