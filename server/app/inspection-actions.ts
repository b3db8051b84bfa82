import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import type { ZodError, z } from 'zod';
import {
	zCloseInspectionInput,
	zInspectionRef,
	zScheduleInspectionInput,
	zUpdateInspectionInput
} from '../../src/lib/domain/inspection';
import { issuesOfError, toIssues } from '../../src/lib/domain/issues';
import type { Issue } from '../../src/lib/domain/sync';
import {
	wasName,
	type InspectionFormDone,
	type InspectionFormFailure,
	type InspectionFormName
} from '../../src/lib/components/office/inspections/forms';
import type { callerFor } from './caller';

/**
 * The officer's inspection forms (schedule, change, cancel, close, mark a conflict reviewed)
 * as SvelteKit form actions, shared by the application page, the inspection page and the
 * schedule page. Each form is parsed with its domain schema; bad input or a refusal comes
 * back as a 4xx with what was typed, so the page shows each reason at its field and keeps
 * the text. A stale version says so plainly and asks the page to load the latest.
 */

type Caller = ReturnType<typeof callerFor>;
type CallerOf = (event: RequestEvent) => Caller;

type Answer = ActionFailure<InspectionFormFailure> | InspectionFormDone;

async function valuesOf(request: Request): Promise<Record<string, string>> {
	const values: Record<string, string> = {};
	for (const [key, value] of await request.formData()) {
		if (typeof value === 'string') {
			values[key] = value.slice(0, 4000);
		}
	}
	return values;
}

const shownIssues = (error: ZodError): Issue[] => toIssues(error);

/** The refusals a form answers (tRPC's own HTTP statuses); any other code is a fault. */
const REFUSALS: Partial<Record<TRPCError['code'], number>> = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	PRECONDITION_FAILED: 412,
	PAYLOAD_TOO_LARGE: 413,
	UNPROCESSABLE_CONTENT: 422,
	TOO_MANY_REQUESTS: 429
};

/** The prefix of the inspections area's refusal keys. */
const SERVER_REASON = 'inspection.';

/**
 * A refusal by the server as the form's answer; a server fault stays a fault (5xx). Exported
 * for its test (tests/unit/inspection-action-refusals.test.ts).
 */
export function refused(form: InspectionFormName, values: Record<string, string>, e: unknown) {
	if (!(e instanceof TRPCError)) {
		throw e;
	}
	const status = REFUSALS[e.code];
	if (status === undefined) {
		throw e;
	}
	const stale = e.code === 'CONFLICT';
	// The refusal in the one shape every error has (what the tRPC error's data carries):
	// issues at their fields, or one for the whole request naming the server's reason
	// ("inspection.notOpen"), whose sentence for the officer is under this page's prefix.
	// A refusal with nothing more to say is named by its code below, not by its status.
	const all = issuesOfError(e);
	const said = all.find((i) => i.path === '' && i.message.startsWith(SERVER_REASON));
	const issues = all.filter((i) => i !== said && !i.message.startsWith('error.status.'));
	const reason = said ? said.message.slice(SERVER_REASON.length) : null;
	if (reason === 'notInspector') {
		issues.push({ path: 'inspectorId', message: 'inspectionOffice.reason.notInspector' });
	}
	const message = stale
		? 'inspectionOffice.stale'
		: issues.length > 0
			? null
			: reason
				? `inspectionOffice.reason.${reason}`
				: `inspectionOffice.refused.${e.code}`;
	return fail(status, { form, values, issues, message, stale });
}

/** Parses, runs and answers one form. */
async function run<S extends z.ZodType>(
	form: InspectionFormName,
	values: Record<string, string>,
	schema: S,
	input: unknown,
	call: (input: z.output<S>) => Promise<string>
): Promise<Answer> {
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		return fail(400, {
			form,
			values,
			issues: shownIssues(parsed.error),
			message: null,
			stale: false
		});
	}
	try {
		return { form, done: true, id: await call(parsed.data) };
	} catch (e) {
		return refused(form, values, e);
	}
}

/** A browser sends a textarea's line breaks as CRLF; the task keeps them as LF. */
const lf = (text: string | undefined) => text?.replace(/\r\n?/g, '\n');

/** The typed value of a task field if the officer changed it from what the page showed. */
function changed(v: Record<string, string>, field: 'inspectorId' | 'dueOn' | 'instructions') {
	const now = lf(v[field]);
	return now !== undefined && now !== lf(v[wasName(field)]) ? now : undefined;
}

const orNull = (value: string | undefined) => (value && value.trim() !== '' ? value : null);
const version = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : -1);

/** The actions, given how the page reaches the router as the signed-in officer. */
export function inspectionActions(callerOf: CallerOf) {
	return {
		/** A new task, or a re-inspection of an earlier one (followsId). */
		schedule: async (event: RequestEvent): Promise<Answer> => {
			const v = await valuesOf(event.request);
			const input = {
				municipalityId: event.params.municipality,
				applicationId: orNull(v.applicationId),
				followsId: orNull(v.followsId),
				kind: v.kind,
				inspectorId: v.inspectorId ?? '',
				dueOn: v.dueOn ?? '',
				instructions: v.instructions ?? ''
			};
			return run('schedule', v, zScheduleInspectionInput, input, async (i) => {
				const out = await callerOf(event).inspections.schedule(i);
				return out.id;
			});
		},
		/** Due day, instructions, inspector of an open task: only what the officer changed. */
		update: async (event: RequestEvent): Promise<Answer> => {
			const v = await valuesOf(event.request);
			const input = {
				municipalityId: event.params.municipality,
				inspectionId: v.inspectionId,
				version: version(v.version),
				dueOn: changed(v, 'dueOn'),
				instructions: changed(v, 'instructions'),
				inspectorId: changed(v, 'inspectorId')
			};
			// Only what the officer changed: a field left as shown is not sent back over a
			// colleague's change, and the inspector's conflict lists real changes only.
			return run('update', v, zUpdateInspectionInput, input, async (i) => {
				await callerOf(event).inspections.update(i);
				return i.inspectionId;
			});
		},
		cancel: (event: RequestEvent) => closing(event, 'cancel', callerOf),
		close: (event: RequestEvent) => closing(event, 'close', callerOf),
		/** The officer has read what the late result met. */
		resolve: async (event: RequestEvent): Promise<Answer> => {
			const v = await valuesOf(event.request);
			const ref = { municipalityId: event.params.municipality, inspectionId: v.inspectionId };
			return run('resolve', v, zInspectionRef, ref, async (i) => {
				await callerOf(event).inspections.resolveConflict(i);
				return i.inspectionId;
			});
		}
	};
}

async function closing(
	event: RequestEvent,
	form: 'cancel' | 'close',
	callerOf: CallerOf
): Promise<Answer> {
	const v = await valuesOf(event.request);
	const input = {
		municipalityId: event.params.municipality,
		inspectionId: v.inspectionId,
		version: version(v.version),
		note: v.note ?? ''
	};
	return run(form, v, zCloseInspectionInput, input, async (i) => {
		const caller = callerOf(event).inspections;
		await (form === 'cancel' ? caller.cancel(i) : caller.close(i));
		return i.inspectionId;
	});
}
