import { error, redirect } from '@sveltejs/kit';
import { zInspectionListInput } from '$lib/domain/inspection';
import { toIssues } from '$lib/domain/issues';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/inspections`);
	}
	// The filters come from the address, so a filtered list is a link; empty = not set.
	const one = (key: string) => event.url.searchParams.get(key)?.trim() || undefined;
	const filter = zInspectionListInput.safeParse({
		municipalityId,
		kind: one('kind'),
		status: one('status')
	});
	if (!filter.success) {
		error(400, { message: toIssues(filter.error)[0]?.message ?? 'error.status.400' });
	}
	try {
		const inspections = await callerFor(event).inspections.list(filter.data);
		return { municipalityId, filter: filter.data, inspections };
	} catch (e) {
		asPageError(e);
	}
};
