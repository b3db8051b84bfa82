import { error, redirect } from '@sveltejs/kit';
import { zRecordId } from '$lib/domain/sync';
import { inspectionActions } from '$server/app/inspection-actions';
import { serviceWith } from '$lib/services/registry';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

/** The schedule form on its own page: the permit register links here with the application. */
export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	const applicationId = zRecordId.safeParse(event.url.searchParams.get('applicationId'));
	if (!applicationId.success) {
		error(400, { message: 'error.status.400' });
	}
	try {
		const caller = callerFor(event);
		const application = await caller.applications.get({
			municipalityId,
			id: applicationId.data
		});
		if (!serviceWith(application.service, 'inspection')) {
			error(400, { message: 'error.status.400' });
		}
		const inspectors = await caller.inspections.inspectors({ municipalityId });
		return { municipalityId, application, inspectors };
	} catch (e) {
		asPageError(e);
	}
};

const { schedule } = inspectionActions(callerFor);

export const actions: Actions = {
	/** Scheduled: on to the new task's page, where it can be changed at once. */
	schedule: async (event) => {
		const answer = await schedule(event);
		if ('done' in answer) {
			redirect(303, `/office/${event.params.municipality}/inspections/${answer.id}`);
		}
		return answer;
	}
};
