import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { zGrantStaffRoleInput, zRoleId } from '$lib/domain/staff';
import { listServices } from '$lib/services/registry';
import { formAction } from '$server/admin/form-action';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${event.params.municipality}`);
	}
	const municipalityId = event.params.municipality;
	try {
		return {
			municipalityId,
			staff: await callerFor(event).admin.staff({ municipalityId }),
			services: listServices().map((s) => s.id)
		};
	} catch (e) {
		asPageError(e);
	}
};

// The form sends "" for "every e-service".
const zGrantForm = zGrantStaffRoleInput.omit({ municipalityId: true }).extend({
	service: z.preprocess((v) => (v === '' ? null : v), zGrantStaffRoleInput.shape.service)
});

export const actions: Actions = {
	grant: (event) =>
		formAction(event.request, 'grant', zGrantForm, (input) =>
			callerFor(event).admin.grant({ ...input, municipalityId: event.params.municipality })
		),
	revoke: (event) =>
		formAction(event.request, 'revoke', z.object({ roleId: zRoleId }), (input) =>
			callerFor(event).admin.revoke({ ...input, municipalityId: event.params.municipality })
		)
};
