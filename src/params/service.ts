import type { ParamMatcher } from '@sveltejs/kit';
import { listServices } from '$lib/services/registry';

/** A registered e-service id: /{municipality}/{service}/{id} is the generic form. */
export const match: ParamMatcher = (param) => listServices().some((s) => s.id === param);
