import { redirect } from '@sveltejs/kit';
import { callerFor } from '$server/trpc/caller';
import { listInstitutions } from '$server/tenants/tenants.service';
import { getDb } from '$server/db/client.server';
import { asPageError } from '$server/trpc/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login');
	}
	const municipalityId = event.params.municipality;
	try {
		const queue = await callerFor(event).applications.queue({ municipalityId });
		return { municipalityId, queue, institutions: listInstitutions(getDb(), municipalityId) };
	} catch (e) {
		asPageError(e);
	}
};
