import { redirect } from '@sveltejs/kit';
import { inspectionActions } from '$server/app/inspection-actions';
import { serviceWith } from '$lib/services/registry';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login');
	}
	try {
		const caller = callerFor(event);
		const where = { municipalityId: event.params.municipality, id: event.params.id };
		// The application with who applied (name, personal code, company, delegate): audited.
		const application = await caller.applications.get(where);
		const attachments = await caller.attachments.forApplication(where);
		// The processing (state, history, decision, conflicts) comes with the page too: one data
		// path, read again with invalidateAll after each step (decision 0009).
		const officeState = await caller.applications.state(where);
		const history = await caller.applications.timeline(where);
		const decision = await caller.decisions.decision(where);
		const conflicts = await caller.applications.conflicts(where);
		// To show answers as the applicant chose them: institution names, settings lists.
		const municipalityId = event.params.municipality;
		const institutions = await caller.tenants.institutions({ municipalityId });
		const offered = await caller.tenants.services({ municipalityId });
		const settings = offered.find((o) => o.service === application.service)?.settings ?? null;
		// Field inspections are of the services that declare them (issue 7).
		const inspected = serviceWith(application.service, 'inspection') !== undefined;
		const inspections = inspected
			? await caller.inspections.list({ municipalityId, applicationId: application.id })
			: null;
		const inspectors = inspected ? await caller.inspections.inspectors({ municipalityId }) : [];
		return {
			application,
			attachments,
			officeState,
			history,
			decision,
			conflicts,
			municipalityId,
			institutions,
			settings,
			inspections,
			inspectors
		};
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = inspectionActions(callerFor);
