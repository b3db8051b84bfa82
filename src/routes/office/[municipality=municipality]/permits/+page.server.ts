import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/permits`);
	}
	try {
		const permits = await callerFor(event).decisions.permits({ municipalityId });
		return { municipalityId, permits };
	} catch (e) {
		asPageError(e);
	}
};
