import { redirect } from '@sveltejs/kit';
import { inspectionActions } from '$server/app/inspection-actions';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/inspections/${event.params.id}`);
	}
	try {
		const caller = callerFor(event);
		const inspection = await caller.inspections.get({
			municipalityId,
			inspectionId: event.params.id
		});
		const inspectors = await caller.inspections.inspectors({ municipalityId });
		return { municipalityId, inspection, inspectors };
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = inspectionActions(callerFor);
