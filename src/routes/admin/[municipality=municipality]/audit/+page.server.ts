import { redirect } from '@sveltejs/kit';
import { zAuditFilter } from '$lib/domain/staff';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { PageServerLoad } from './$types';

const FILTER_KEYS = ['action', 'text', 'from', 'to', 'before'] as const;

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${municipalityId}/audit`);
	}
	// Empty fields of the filter form mean "any".
	const raw: Record<string, string> = {};
	for (const key of FILTER_KEYS) {
		const value = event.url.searchParams.get(key);
		if (value) {
			raw[key] = value;
		}
	}
	const parsed = zAuditFilter.safeParse({ ...raw, municipalityId });
	const filter = parsed.success ? parsed.data : { municipalityId };
	try {
		const page = await callerFor(event).admin.audit(filter);
		return { municipalityId, raw, invalid: !parsed.success, ...page };
	} catch (e) {
		asPageError(e);
	}
};
