import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { issuesOfError } from '$lib/domain/issues';
import { zPlacementSettings } from '$lib/domain/placement-settings';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${municipalityId}/placement`);
	}
	try {
		const settings = await callerFor(event).placement.settings({ municipalityId });
		// The same form machinery as the e-services' settings: built from the schema's JSON form.
		const schema = z.toJSONSchema(zPlacementSettings, { io: 'input', unrepresentable: 'any' });
		return { municipalityId, settings, schema };
	} catch (e) {
		asPageError(e);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const text = (await event.request.formData()).get('settings');
		if (typeof text !== 'string' || text.length > 100_000) {
			return fail(400, { text: '', issues: [{ path: '', message: 'field.invalid' }] });
		}
		let settings: unknown;
		try {
			settings = JSON.parse(text);
		} catch {
			return fail(400, { text, issues: [{ path: '', message: 'settings.json.invalid' }] });
		}
		try {
			await callerFor(event).placement.saveSettings({
				municipalityId: event.params.municipality,
				settings
			});
			return { saved: true };
		} catch (e) {
			if (e instanceof TRPCError && e.code === 'BAD_REQUEST') {
				return fail(400, { text, issues: issuesOfError(e) });
			}
			asPageError(e);
		}
	}
};
