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
		// To show answers as the applicant chose them: institution names, settings lists.
		const municipalityId = event.params.municipality;
		const institutions = await caller.tenants.institutions({ municipalityId });
		const offered = await caller.tenants.services({ municipalityId });
		const settings = offered.find((o) => o.service === application.service)?.settings ?? null;
		return { application, attachments, municipalityId, institutions, settings };
	} catch (e) {
		asPageError(e);
	}
};
