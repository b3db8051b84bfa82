import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesOfError, toIssues } from '../../src/lib/domain/issues';

const issuesOf = (schema: z.ZodType, value: unknown) => {
	const parsed = schema.safeParse(value);
	return parsed.success ? [] : toIssues(parsed.error);
};

describe('zod issues as catalogue messages', () => {
	const schema = z.object({
		count: z.number().int().min(1).max(20),
		name: z.string().min(1).max(5),
		tags: z.array(z.string()).min(1).max(2)
	});

	it('tells a missing value from a value of the wrong kind', () => {
		// zod 4 leaves the input out of its issues, so "missing" must not be read off it.
		expect(issuesOf(schema, { name: 'a', tags: ['x'] })).toEqual([
			{ path: 'count', message: 'field.required' }
		]);
		expect(issuesOf(schema, { count: 'trīs', name: 'a', tags: ['x'] })).toEqual([
			{ path: 'count', message: 'field.invalid' }
		]);
		expect(issuesOf(schema, { count: 1, name: null, tags: ['x'] })).toEqual([
			{ path: 'name', message: 'field.invalid' }
		]);
	});

	it('names the limit of a number or a list, and an empty text is a missing one', () => {
		expect(issuesOf(schema, { count: 99, name: '', tags: ['a', 'b', 'c'] })).toEqual([
			{ path: 'count', message: 'field.tooBig', params: { max: 20 } },
			{ path: 'name', message: 'field.required' },
			{ path: 'tags', message: 'field.tooMany', params: { max: 2 } }
		]);
		expect(issuesOf(schema, { count: 0, name: 'sešsim', tags: [] })).toEqual([
			{ path: 'count', message: 'field.tooSmall', params: { min: 1 } },
			{ path: 'name', message: 'field.textTooLong', params: { max: 5 } },
			{ path: 'tags', message: 'field.tooFew', params: { min: 1 } }
		]);
	});

	it('states the limit of a text, also where the schema gave the generic key', () => {
		const question = z.string().trim().min(1, 'field.required').max(4000, 'field.tooLong');
		expect(issuesOf(z.object({ question }), { question: 'x'.repeat(4001) })).toEqual([
			{ path: 'question', message: 'field.textTooLong', params: { max: 4000 } }
		]);
		// A specific message of our own stays, with the limit for its placeholder.
		expect(issuesOf(z.string().max(3, 'code.tooLong'), 'abcd')).toEqual([
			{ path: '', message: 'code.tooLong', params: { max: 3 } }
		]);
	});
});

describe('any error as catalogue issues', () => {
	const zodError = () => {
		const parsed = z.object({ question: z.string().max(2) }).safeParse({ question: 'abc' });
		if (parsed.success) {
			throw new Error('expected a refusal');
		}
		return parsed.error;
	};

	it('reads the issues a tRPC error carries in its data (the browser’s TRPCClientError)', () => {
		const clientError = Object.assign(new Error('[{"code":"too_big"}]'), {
			data: {
				code: 'BAD_REQUEST',
				httpStatus: 400,
				issues: [{ path: 'question', message: 'field.textTooLong', params: { max: 4000 } }]
			}
		});
		expect(issuesOfError(clientError)).toEqual([
			{ path: 'question', message: 'field.textTooLong', params: { max: 4000 } }
		]);
	});

	it('reads a zod error met on the server as the cause of a refusal', () => {
		const serverError = Object.assign(new Error('[{"code":"too_big"}]'), {
			code: 'BAD_REQUEST',
			cause: zodError()
		});
		expect(issuesOfError(serverError)).toEqual([
			{ path: 'question', message: 'field.textTooLong', params: { max: 2 } }
		]);
	});

	it('takes a catalogue key given as the message, and never shows JSON or English', () => {
		expect(issuesOfError(new Error('workflow.notFromState'))).toEqual([
			{ path: '', message: 'workflow.notFromState' }
		]);
		// The raw JSON of an unformatted refusal and a developer's English give the status's text.
		const raw = Object.assign(new Error('[{"code":"too_big","maximum":4000}]'), {
			data: { httpStatus: 400 }
		});
		expect(issuesOfError(raw)).toEqual([{ path: '', message: 'error.status.400' }]);
		const english = Object.assign(new Error('No such application here'), { code: 'NOT_FOUND' });
		expect(issuesOfError(english)).toEqual([{ path: '', message: 'error.status.404' }]);
		expect(issuesOfError('boom')).toEqual([{ path: '', message: 'error.unexpected' }]);
	});

	it('reads a form action’s failure data and a blob endpoint’s JSON answer', () => {
		const failure = { issues: [{ path: 'name', message: 'field.required' }] };
		expect(issuesOfError(failure)).toEqual(failure.issues);
		expect(issuesOfError({ error: { code: 'too_large', message: 'upload.tooLarge' } })).toEqual([
			{ path: '', message: 'upload.tooLarge' }
		]);
		expect(issuesOfError({ status: 413 })).toEqual([{ path: '', message: 'error.status.413' }]);
	});

	it('tells a request that got no answer from one that was refused', () => {
		expect(issuesOfError(new TypeError('Failed to fetch'))).toEqual([
			{ path: '', message: 'error.network' }
		]);
	});
});
