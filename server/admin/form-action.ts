import { fail, type ActionFailure } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { z } from 'zod';
import { toIssues } from '../../src/lib/domain/issues';
import type { Issue } from '../../src/lib/domain/sync';

/** What a refused admin form sends back: what was typed, and why it was refused. */
export type FormFailure = {
	form: string;
	values: Record<string, string>;
	issues: Issue[];
	message: string | null;
};

/**
 * Runs one admin form: parses it with the domain schema, then calls the procedure. Bad
 * input or a refusal comes back as a 4xx with the typed values, so nothing is lost and the
 * page can show each message beside its field.
 */
export async function formAction<S extends z.ZodType>(
	request: Request,
	form: string,
	schema: S,
	run: (input: z.output<S>) => Promise<unknown>
): Promise<ActionFailure<FormFailure> | { form: string; done: true }> {
	const values: Record<string, string> = {};
	for (const [key, value] of await request.formData()) {
		if (typeof value === 'string') {
			values[key] = value.slice(0, 1000);
		}
	}
	const parsed = schema.safeParse(values);
	if (!parsed.success) {
		return fail(400, { form, values, issues: toIssues(parsed.error), message: null });
	}
	try {
		await run(parsed.data);
		return { form, done: true };
	} catch (e) {
		if (!(e instanceof TRPCError)) {
			throw e;
		}
		const status = getHTTPStatusCodeFromError(e);
		if (status >= 500) {
			throw e;
		}
		// A refusal that names its field (a zod error as the cause) is shown beside it.
		if (e.cause instanceof z.ZodError) {
			return fail(status, { form, values, issues: toIssues(e.cause), message: null });
		}
		// "taken:<field>" names the field whose value is already used.
		const taken = /^taken:(\w+)$/.exec(e.message);
		const issues = taken ? [{ path: taken[1] ?? '', message: 'admin.taken' }] : [];
		return fail(status, {
			form,
			values,
			issues,
			message: taken ? null : `admin.refused.${e.code}`
		});
	}
}
