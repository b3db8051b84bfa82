import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { issuesOfError } from '$lib/domain/issues';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const municipalityId = event.params.municipality;
	if (!event.locals.identity.person) {
		redirect(303, `/login?returnTo=/office/${municipalityId}/placement`);
	}
	try {
		const caller = callerFor(event);
		const [programmes, runs] = await Promise.all([
			caller.placement.programmes({ municipalityId }),
			caller.placement.runs({ municipalityId })
		]);
		return { municipalityId, programmes, runs };
	} catch (e) {
		asPageError(e);
	}
};

/** The intake is chosen as "service|intake" (one select names both). */
const zRunForm = z
	.object({
		intakeKey: z.string().regex(/^[a-z0-9-]{1,60}\|[a-zA-Z0-9_-]{1,40}$/),
		kind: z.enum(['main', 'second', 'rolling'])
	})
	.transform(({ intakeKey, kind }) => {
		const [service = '', intake = ''] = intakeKey.split('|');
		return { service, intake, kind };
	});
const zRunRef = z.object({ runId: z.string().min(1).max(60) });
const zCapacityForm = z.object({
	programmeId: z.string().min(1).max(80),
	validFrom: z.string().max(10),
	seats: z.coerce.number().int()
});

/** A refusal shown at its place on the page, never as a raw code or a 5xx. */
function refused(action: string, e: unknown, values: Record<string, unknown> = {}) {
	if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR' && e.code !== 'UNAUTHORIZED') {
		return fail(e.code === 'CONFLICT' ? 409 : 400, { action, values, issues: issuesOfError(e) });
	}
	asPageError(e);
}

async function formOf(event: Parameters<Actions[string]>[0]) {
	return Object.fromEntries(await event.request.formData());
}

export const actions: Actions = {
	prepare: async (event) => {
		const parsed = zRunForm.safeParse(await formOf(event));
		if (!parsed.success) {
			return fail(400, {
				action: 'prepare',
				values: {},
				issues: [{ path: '', message: 'field.invalid' }]
			});
		}
		try {
			const run = await callerFor(event).placement.prepareRun({
				municipalityId: event.params.municipality,
				...parsed.data
			});
			return { action: 'prepare', runId: run.id };
		} catch (e) {
			return refused('prepare', e, parsed.data);
		}
	},
	execute: async (event) => {
		const parsed = zRunRef.safeParse(await formOf(event));
		if (!parsed.success) {
			return fail(400, {
				action: 'execute',
				values: {},
				issues: [{ path: '', message: 'field.invalid' }]
			});
		}
		try {
			await callerFor(event).placement.executeRun({
				municipalityId: event.params.municipality,
				runId: parsed.data.runId
			});
			return { action: 'execute', runId: parsed.data.runId };
		} catch (e) {
			return refused('execute', e, parsed.data);
		}
	},
	publish: async (event) => {
		const parsed = zRunRef.safeParse(await formOf(event));
		if (!parsed.success) {
			return fail(400, {
				action: 'publish',
				values: {},
				issues: [{ path: '', message: 'field.invalid' }]
			});
		}
		try {
			const { offered } = await callerFor(event).placement.publish({
				municipalityId: event.params.municipality,
				runId: parsed.data.runId
			});
			return { action: 'publish', runId: parsed.data.runId, offered };
		} catch (e) {
			return refused('publish', e, parsed.data);
		}
	},
	capacity: async (event) => {
		const form = await formOf(event);
		const parsed = zCapacityForm.safeParse(form);
		if (!parsed.success) {
			return fail(400, {
				action: 'capacity',
				values: form,
				issues: [{ path: 'seats', message: 'field.invalid' }]
			});
		}
		try {
			await callerFor(event).placement.setCapacity({
				municipalityId: event.params.municipality,
				...parsed.data
			});
			return { action: 'capacity', programmeId: parsed.data.programmeId };
		} catch (e) {
			return refused('capacity', e, form);
		}
	}
};
