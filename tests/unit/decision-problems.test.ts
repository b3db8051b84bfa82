import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { decisionProblems } from '../../src/lib/components/office/decision-problems';
import { zDecideInput } from '../../src/lib/domain/office';

/**
 * The decision form shows a refusal through the one helper (problemsOf): the issues of the
 * tRPC error's `data`, or of the browser's own check, at their fields with their params;
 * never a guess from the error's message text.
 */
function refusal(message: string, data: unknown): TRPCClientError<never> {
	return Object.assign(new TRPCClientError<never>(message), { data });
}

describe('the decision form’s problems', () => {
	it('puts the server’s issues at their fields, with their params', () => {
		const error = refusal('decision.periodTooLong', {
			httpStatus: 400,
			issues: [{ path: 'validTo', message: 'decision.periodTooLong', params: { max: 5 } }]
		});
		expect(decisionProblems(error)).toEqual({
			fields: {
				validTo: { path: 'validTo', message: 'decision.periodTooLong', params: { max: 5 } }
			},
			message: null
		});
	});

	it('reads the refusal from the error’s data, not from a message that looks like a key', () => {
		const error = refusal('decision.looksLikeAKey', {
			httpStatus: 409,
			issues: [{ path: '', message: 'decision.stale' }]
		});
		expect(decisionProblems(error).message).toEqual({ path: '', message: 'decision.stale' });
	});

	it('shows the browser’s own check the same way', () => {
		const parsed = zDecideInput.safeParse({
			id: '01900000-0000-7000-8000-000000000001',
			municipalityId: 'riga',
			baseVersion: 1,
			outcome: 'refused',
			paragraphs: ['  ']
		});
		expect(parsed.success).toBe(false);
		expect(decisionProblems(parsed.success ? null : parsed.error)).toEqual({
			fields: { paragraphs: { path: 'paragraphs', message: 'decision.reasonsRequired' } },
			message: null
		});
	});
});
