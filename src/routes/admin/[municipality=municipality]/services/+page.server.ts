import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { issuesOfError } from '$lib/domain/issues';
import { zServiceId } from '$lib/domain/names';
import { getService } from '$lib/services/registry';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${municipalityId}/services`);
	}
	try {
		const setups = await callerFor(event).admin.services({ municipalityId });
		return {
			municipalityId,
			setups: setups.map((setup) => ({ ...setup, schema: formSchemaOf(setup.service) }))
		};
	} catch (e) {
		asPageError(e);
	}
};

/**
 * The service's settings schema as JSON Schema (with the labels its `.meta()` gives): the
 * page builds its form from it, so a new service needs no page code. `io: 'input'` because
 * the form edits what is sent, where keys with defaults may be absent.
 */
function formSchemaOf(service: string): unknown {
	const def = getService(service);
	return def ? z.toJSONSchema(def.settingsSchema, { io: 'input', unrepresentable: 'any' }) : {};
}

const zForm = z.object({
	service: zServiceId,
	enabled: z.enum(['on']).optional(),
	settings: z.string().max(100_000)
});

export const actions: Actions = {
	save: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const parsed = zForm.safeParse(form);
		if (!parsed.success) {
			return fail(400, {
				service: null,
				text: '',
				issues: [{ path: '', message: 'field.invalid' }]
			});
		}
		const { service, settings: text } = parsed.data;
		let settings: unknown;
		try {
			settings = JSON.parse(text);
		} catch {
			return fail(400, { service, text, issues: [{ path: '', message: 'settings.json.invalid' }] });
		}
		try {
			await callerFor(event).admin.updateService({
				municipalityId: event.params.municipality,
				service,
				enabled: parsed.data.enabled === 'on',
				settings
			});
			return { service, saved: true };
		} catch (e) {
			if (e instanceof TRPCError && e.code === 'BAD_REQUEST') {
				return fail(400, { service, text, issues: issuesOfError(e) });
			}
			asPageError(e);
		}
	}
};
