import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Sends a municipal admin to the municipality they administer. */
export const load: PageServerLoad = ({ locals }) => {
	const { person, roles } = locals.identity;
	if (!person) {
		redirect(303, '/login?returnTo=/admin');
	}
	const first = roles.find((r) => r.role === 'municipal_admin' && r.municipalityId);
	if (first?.municipalityId) {
		redirect(303, `/admin/${first.municipalityId}`);
	}
	error(403, 'No municipality to administer');
};
