import { loadService } from '$lib/services/load';
import type { LayoutLoad } from './$types';

// Only this service's definition, loaded with the page (its own chunk, precached for
// offline): the form needs its steps and schemas, and no other service's.
export const load: LayoutLoad = async ({ params }) => ({
	service: await loadService(params.service)
});
