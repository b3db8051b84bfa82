import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/trpc/caller';
import { asPageError } from '$server/trpc/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login');
	}
	try {
		const application = await callerFor(event).applications.get({
			municipalityId: event.params.municipality,
			id: event.params.id
		});
		return { application, municipalityId: event.params.municipality };
	} catch (e) {
		asPageError(e);
	}
};
