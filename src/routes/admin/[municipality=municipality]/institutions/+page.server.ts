import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { zInstitutionInput } from '$lib/domain/staff';
import { formAction } from '$server/admin/form-action';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${municipalityId}/institutions`);
	}
	try {
		const caller = callerFor(event);
		// The admin check first: the list itself is public.
		await caller.admin.services({ municipalityId });
		return { municipalityId, institutions: await caller.tenants.institutions({ municipalityId }) };
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = {
	add: (event) =>
		formAction(event.request, 'add', zInstitutionInput, (input) =>
			callerFor(event).admin.addInstitution({ ...input, municipalityId: event.params.municipality })
		),
	update: (event) =>
		formAction(
			event.request,
			'update',
			zInstitutionInput.extend({ id: z.string().min(1).max(80) }),
			(input) =>
				callerFor(event).admin.updateInstitution({
					...input,
					municipalityId: event.params.municipality
				})
		)
};
