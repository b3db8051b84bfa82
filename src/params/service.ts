import type { ParamMatcher } from '@sveltejs/kit';

/**
 * An e-service id's shape: /{municipality}/{service}/{id} is the generic form, and the page
 * says so when no such service is registered. Not the registry itself: matchers load with
 * the app's entry, and the registry (every definition's zod schemas) must load after
 * src/hooks.client.ts has told zod not to probe for eval, which the CSP refuses.
 */
export const match: ParamMatcher = (param) => /^[a-z0-9-]{1,60}$/.test(param);
