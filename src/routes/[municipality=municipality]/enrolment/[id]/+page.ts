import { error, redirect } from '@sveltejs/kit';
import { listServices } from '$lib/services/registry';
import type { PageLoad } from './$types';

// A service's old links (its `legacyPaths`, e.g. the one-page enrolment form's) still open
// the application in the generic form.
const LEGACY_SEGMENT = 'enrolment';

export const load: PageLoad = ({ params }) => {
	const def = listServices().find((s) => s.legacyPaths?.includes(LEGACY_SEGMENT));
	if (!def) {
		error(404, 'Not found');
	}
	redirect(308, `/${params.municipality}/${def.id}/${params.id}`);
};
