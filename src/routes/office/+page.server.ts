import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const { person, roles } = locals.identity;
	if (!person) {
		redirect(303, '/login');
	}
	const first = roles.find((r) => r.role === 'officer' && r.municipalityId);
	if (first?.municipalityId) {
		redirect(303, `/office/${first.municipalityId}`);
	}
	return {};
};
