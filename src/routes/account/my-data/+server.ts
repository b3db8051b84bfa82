import { error } from '@sveltejs/kit';
import { callerFor } from '$server/trpc/caller';
import type { RequestHandler } from './$types';

/**
 * The person's data as a JSON file download. A POST (from a form on /account), because each
 * export is recorded in the audit log and must not be triggered by a link or a prefetch.
 */
export const POST: RequestHandler = async (event) => {
	if (!event.locals.identity.person) {
		error(401, 'Sign in first');
	}
	const data = await callerFor(event).account.myData();
	const day = new Date().toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="kopa-mani-dati-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
