import { error } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { RateLimitedError } from '$server/kernel/limits';
import { callerFor } from '$server/app/caller';
import type { RequestHandler } from './$types';

/**
 * The person's data as a JSON file download. A POST (from a form on /account), because each
 * export is recorded in the audit log and must not be triggered by a link or a prefetch.
 */
export const POST: RequestHandler = async (event) => {
	if (!event.locals.identity.person) {
		error(401, 'Sign in first');
	}
	let data: Record<string, unknown>;
	try {
		data = await callerFor(event).account.myData();
	} catch (e) {
		// Too many exports in a minute: 429 with when to try again, in both languages.
		if (e instanceof TRPCError && e.cause instanceof RateLimitedError) {
			return new Response(e.message, {
				status: 429,
				headers: {
					'content-type': 'text/plain; charset=utf-8',
					'retry-after': String(e.cause.retryAfter),
					'cache-control': 'no-store'
				}
			});
		}
		throw e;
	}
	const day = new Date().toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="kopa-mani-dati-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
