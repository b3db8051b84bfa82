import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { issuesOfError } from '$lib/domain/issues';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { municipality: municipalityId, id } = event.params;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/placement/${id}`);
	}
	try {
		const view = await callerFor(event).placement.application({
			municipalityId,
			applicationId: id
		});
		return { municipalityId, applicationId: id, view };
	} catch (e) {
		asPageError(e);
	}
};

const zCaseForm = z.object({
	kind: z.enum(['commission', 'evidence']),
	fact: z.string().max(40),
	value: z.enum(['grant', 'add', 'remove']).optional(),
	reason: z.string().max(2000)
});

export const actions: Actions = {
	record: async (event) => {
		const values = Object.fromEntries(await event.request.formData());
		const parsed = zCaseForm.safeParse(values);
		if (!parsed.success) {
			return fail(400, { values, issues: [{ path: 'kind', message: 'field.invalid' }] });
		}
		const { kind, fact, reason } = parsed.data;
		try {
			await callerFor(event).placement.recordCase({
				municipalityId: event.params.municipality,
				applicationId: event.params.id,
				kind,
				fact: kind === 'commission' ? 'commission' : fact,
				value: kind === 'commission' ? 'grant' : (parsed.data.value ?? 'add'),
				reason
			});
			return { saved: true };
		} catch (e) {
			if (e instanceof TRPCError && e.code === 'BAD_REQUEST') {
				return fail(400, { values, issues: issuesOfError(e) });
			}
			asPageError(e);
		}
	}
};
