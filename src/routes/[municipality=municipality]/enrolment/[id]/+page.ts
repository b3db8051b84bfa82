import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// Enrolment moved from its own one-page form to the generic form: old links still open it.
export const load: PageLoad = ({ params }) => {
	redirect(308, `/${params.municipality}/education-enrolment/${params.id}`);
};
