import { error, fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import {
	zAssignTarget,
	zBulkIds,
	zBulkTransitionInput,
	zQueueFilter,
	type BatchRefusal
} from '$lib/domain/queue';
import { issuesOfError, toIssues } from '$lib/domain/issues';
import { callerFor } from '$server/app/caller';
import { asPageError } from '$server/kernel/page-error';
import type { Actions, PageServerLoad } from './$types';

/** The filters from the address (so a filtered view is a link); absent or empty = not set. */
function filterFrom(params: URLSearchParams) {
	const one = (key: string) => params.get(key)?.trim() || undefined;
	const status = params.getAll('status').filter((s) => s !== '');
	const page = one('page');
	return zQueueFilter.safeParse({
		service: one('service'),
		status: status.length > 0 ? status : undefined,
		institution: one('institution'),
		priorityGround: one('priorityGround'),
		submittedFrom: one('from'),
		submittedTo: one('to'),
		assignee: one('assignee'),
		due: one('due'),
		q: one('q'),
		sort: one('sort'),
		page: page === undefined ? undefined : Number(page)
	});
}

export const load: PageServerLoad = async (event) => {
	if (!event.locals.identity.person) {
		redirect(303, '/login');
	}
	const municipalityId = event.params.municipality;
	const filter = filterFrom(event.url.searchParams);
	if (!filter.success) {
		// The error page says why in the person's language (a catalogue key, not a code).
		error(400, { message: toIssues(filter.error)[0]?.message ?? 'error.status.400' });
	}
	try {
		const caller = callerFor(event);
		const queue = await caller.office.queue({ municipalityId, ...filter.data });
		const colleagues = await caller.office.colleagues({
			municipalityId,
			...(filter.data.service ? { service: filter.data.service } : {})
		});
		const institutions = await caller.tenants.institutions({ municipalityId });
		return {
			municipalityId,
			filter: filter.data,
			queue,
			colleagues,
			institutions,
			me: event.locals.identity.person.id
		};
	} catch (e) {
		asPageError(e, event);
	}
};

/** A refused batch (one issue per application: which and why) as the page's answer. */
function refusedBatch(e: unknown, kind: 'assign' | 'transition') {
	if (e instanceof TRPCError && (e.code === 'BAD_REQUEST' || e.code === 'NOT_FOUND')) {
		const refused: BatchRefusal[] = issuesOfError(e).map((issue) => ({
			id: issue.path,
			registrationNumber: stringParam(issue.params?.registrationNumber),
			reason: issue.message
		}));
		return fail(e.code === 'NOT_FOUND' ? 404 : 400, { kind, refused });
	}
	asPageError(e);
}

const stringParam = (value: string | number | undefined) =>
	typeof value === 'string' ? value : null;

const invalid = (kind: 'assign' | 'transition') =>
	fail(400, { kind, refused: [{ id: '', registrationNumber: null, reason: 'field.invalid' }] });

export const actions: Actions = {
	/** Assigns the ticked applications (all or none) and says which were refused and why. */
	assign: async (event) => {
		const form = await event.request.formData();
		const ids = zBulkIds.safeParse(form.getAll('ids'));
		const to = zAssignTarget.safeParse(form.get('to'));
		if (!ids.success || !to.success) {
			return invalid('assign');
		}
		try {
			const out = await callerFor(event).office.bulkAssign({
				municipalityId: event.params.municipality,
				ids: ids.data,
				to: to.data
			});
			return { assigned: out.assigned };
		} catch (e) {
			return refusedBatch(e, 'assign');
		}
	},
	/** One workflow step on every ticked application (all or none), else which and why not. */
	transition: async (event) => {
		const form = await event.request.formData();
		const reason = form.get('reason');
		const input = zBulkTransitionInput.safeParse({
			ids: form.getAll('ids'),
			action: form.get('action'),
			reason: typeof reason === 'string' && reason.trim() !== '' ? reason : undefined
		});
		if (!input.success) {
			return invalid('transition');
		}
		try {
			const out = await callerFor(event).office.bulkTransition({
				municipalityId: event.params.municipality,
				...input.data
			});
			return { changed: out.changed };
		} catch (e) {
			return refusedBatch(e, 'transition');
		}
	}
};
