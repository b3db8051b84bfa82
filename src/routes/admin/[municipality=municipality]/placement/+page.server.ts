import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { issuesOfError } from '$lib/domain/issues';
import {
	formPathOf,
	ruleSetFromForm,
	ruleSetToForm,
	zPlacementSettings,
	zRuleSetForm
} from '$lib/domain/placement-settings';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/admin/${municipalityId}/placement`);
	}
	try {
		const caller = callerFor(event);
		const settings = await caller.placement.settings({ municipalityId });
		// The same form machinery as the e-services' settings: built from the schema's JSON form.
		const schema = z.toJSONSchema(zPlacementSettings, { io: 'input', unrepresentable: 'any' });
		// The rule set of one intake (?intake=, default pre-school), in force today.
		const asked = event.url.searchParams.get('intake') ?? 'preschool';
		const intake = /^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/.test(asked) ? asked : 'preschool';
		const rules = await caller.placement.ruleSets({ municipalityId, intake });
		const intakes = [
			...new Set(['preschool', 'grade1', 'grade10', ...settings.intakes.map((r) => r.intake)])
		];
		return {
			municipalityId,
			settings,
			schema,
			intake,
			intakes,
			inForce: { version: rules.inForce.version, validFrom: rules.inForce.validFrom },
			ruleSet: ruleSetToForm(rules.inForce),
			ruleSchema: z.toJSONSchema(zRuleSetForm, { io: 'input', unrepresentable: 'any' })
		};
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
	},
	/** A new version of an intake's rule set; refused at the form's fields, nothing lost. */
	saveRuleSet: async (event) => {
		const text = (await event.request.formData()).get('settings');
		if (typeof text !== 'string' || text.length > 100_000) {
			return fail(400, { rules: true, issues: [{ path: '', message: 'field.invalid' }] });
		}
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			return fail(400, { rules: true, issues: [{ path: '', message: 'settings.json.invalid' }] });
		}
		try {
			const saved = await callerFor(event).placement.saveRuleSet({
				municipalityId: event.params.municipality,
				ruleSet: ruleSetFromForm(value)
			});
			return { rules: true, savedVersion: saved.version };
		} catch (e) {
			if (e instanceof TRPCError && e.code === 'BAD_REQUEST') {
				const issues = issuesOfError(e).map((i) => ({ ...i, path: formPathOf(i.path) }));
				return fail(400, { rules: true, issues });
			}
			asPageError(e);
		}
	}
};
