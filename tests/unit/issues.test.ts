import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toIssues } from '../../src/lib/domain/issues';

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
			{ path: 'name', message: 'field.tooLong' },
			{ path: 'tags', message: 'field.tooFew', params: { min: 1 } }
		]);
	});
});
