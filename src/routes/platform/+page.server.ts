import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { zAppointAdminInput, zNewMunicipality, zRoleId } from '$lib/domain/staff';
import { zMunicipalityId } from '$lib/domain/names';
import { formAction } from '$server/admin/form-action';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login?returnTo=/platform');
	}
	try {
		const platform = callerFor(event).platform;
		return { municipalities: await platform.municipalities(), admins: await platform.admins() };
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = {
	addMunicipality: (event) =>
		formAction(event.request, 'addMunicipality', zNewMunicipality, (input) =>
			callerFor(event).platform.addMunicipality(input)
		),
	appointAdmin: (event) =>
		formAction(event.request, 'appointAdmin', zAppointAdminInput, (input) =>
			callerFor(event).platform.appointAdmin(input)
		),
	removeAdmin: (event) =>
		formAction(
			event.request,
			'removeAdmin',
			z.object({ municipalityId: zMunicipalityId, roleId: zRoleId }),
			(input) => callerFor(event).platform.removeAdmin(input)
		)
};
