import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';

/**
 * use:enhance for the inspection forms: Kit's default (a refusal shows beside the fields and
 * keeps the typed text; success reloads the page's data and clears the form), and when the
 * task had moved on, the page's data too, so a second try carries the latest version.
 */
export const keepTyped: SubmitFunction = () => {
	return async ({ result, update }) => {
		await update();
		if (result.type === 'failure' && result.data?.stale === true) {
			await invalidateAll();
		}
	};
};
