import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refused } from '../../server/app/inspection-actions';

/**
 * The officer's inspection forms (server form actions) read a refusal in the one error shape
 * (issuesOfError), not by matching the error's message: issues at their fields, the server's
 * own reason as the officer's sentence, anything else named by its code.
 */
describe('an inspection form refused by the server', () => {
	const answer = (e: unknown) => refused('schedule', { dueOn: '2027-01-01' }, e);

	it('shows the server reason as the officer’s sentence, keeping what was typed', () => {
		const out = answer(new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.notOpen' }));
		expect(out.status).toBe(400);
		expect(out.data).toMatchObject({
			values: { dueOn: '2027-01-01' },
			issues: [],
			message: 'inspectionOffice.reason.notOpen',
			stale: false
		});
	});

	it('puts "not an inspector" at the inspector field', () => {
		const out = answer(new TRPCError({ code: 'FORBIDDEN', message: 'inspection.notInspector' }));
		expect(out.data.issues).toEqual([
			{ path: 'inspectorId', message: 'inspectionOffice.reason.notInspector' }
		]);
		expect(out.data.message).toBeNull();
	});

	it('shows schema issues at their fields and no general message', () => {
		const parsed = z.object({ dueOn: z.string().min(20, 'inspection.dueDay') }).safeParse({
			dueOn: 'x'
		});
		const cause = parsed.success ? undefined : parsed.error;
		const out = answer(new TRPCError({ code: 'BAD_REQUEST', message: 'bad', cause }));
		expect(out.data.issues).toEqual([{ path: 'dueOn', message: 'inspection.dueDay' }]);
		expect(out.data.message).toBeNull();
	});

	it('names a refusal without a reason by its code, and a stale one as stale', () => {
		expect(
			answer(new TRPCError({ code: 'NOT_FOUND', message: 'No such task' })).data
		).toMatchObject({ issues: [], message: 'inspectionOffice.refused.NOT_FOUND' });
		expect(
			answer(new TRPCError({ code: 'CONFLICT', message: 'inspection.stale' })).data
		).toMatchObject({ message: 'inspectionOffice.stale', stale: true });
	});

	it('lets a server fault stay a fault', () => {
		expect(() => answer(new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }))).toThrow(TRPCError);
		expect(() => answer(new Error('disk full'))).toThrow('disk full');
	});
});
