import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/trpc/caller';
import { asPageError } from '$server/trpc/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/permits`);
	}
	try {
		const permits = await callerFor(event).applications.permits({ municipalityId });
		return { municipalityId, permits };
	} catch (e) {
		asPageError(e);
	}
};
