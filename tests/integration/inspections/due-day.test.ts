import { describe, expect, it } from 'vitest';
import { dueDayProblem } from '../../../src/lib/domain/inspection';
import { callerFor, freshDb } from '../harness';
import { insertQueued } from '../queue/queue-world';

// 23:30 in Riga on 20 November 2026 is 21:30 UTC: "today" is the 20th in Latvia, whatever
// the server's clock zone says.
const NOW = Date.parse('2026-11-20T21:30:00Z');

function world() {
	const db = freshDb();
	const applicationId = insertQueued(db, {
		service: 'advertising-permit',
		status: 'in_review',
		applicantId: 'demo-citizen-liga',
		data: {}
	});
	const officer = callerFor(db, 'demo-officer-riga', () => NOW).inspections;
	const schedule = (dueOn: string) =>
		officer.schedule({
			municipalityId: 'riga',
			applicationId,
			followsId: null,
			kind: 'preDecision',
			inspectorId: 'demo-inspector-riga',
			dueOn,
			instructions: ''
		});
	return { officer, schedule };
}

/** The tRPC error's field issues, as the client reads them. */
async function issuesOf(call: Promise<unknown>): Promise<unknown> {
	const error = await call.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toMatchObject({ code: 'BAD_REQUEST' });
	const cause = (error as { cause?: { issues?: { path: unknown[]; message: string }[] } }).cause;
	return cause?.issues?.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('an inspection’s due day', () => {
	it('is refused at the field when it is before today in Latvia, or not a day', async () => {
		const { schedule } = world();
		expect(await issuesOf(schedule('2026-11-19'))).toEqual([
			{ path: 'dueOn', message: 'date.past' }
		]);
		expect(await issuesOf(schedule('2026-02-30'))).toEqual([
			{ path: 'dueOn', message: 'date.format' }
		]);
		// Today (in Riga) and later are fine.
		const { id } = await schedule('2026-11-20');
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('cannot be moved into the past, but an overdue task keeps its day through other edits', async () => {
		const { officer, schedule } = world();
		const { id } = await schedule('2026-11-24');
		expect(
			await issuesOf(
				officer.update({
					municipalityId: 'riga',
					inspectionId: id,
					version: 1,
					dueOn: '2026-11-01'
				})
			)
		).toEqual([{ path: 'dueOn', message: 'date.past' }]);
		// Resending the day it already has, with another change, is not a new day.
		await expect(
			officer.update({
				municipalityId: 'riga',
				inspectionId: id,
				version: 1,
				dueOn: '2026-11-24',
				instructions: 'Arī stiprinājumus.'
			})
		).resolves.toMatchObject({ version: 2 });
	});

	it('follows the rule as a pure function', () => {
		expect(dueDayProblem('2026-11-19', '2026-11-20')).toBe('date.past');
		expect(dueDayProblem('2026-11-20', '2026-11-20')).toBeNull();
		expect(dueDayProblem('2026-13-01', '2026-11-20')).toBe('date.format');
	});
});
