import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../src/lib/client/db';
import { settleRefusals } from '../../src/lib/client/refusals';

let nextId = 1;
function row(
	name: string,
	status: OutboxRow['status'],
	patch: Record<string, string> = {},
	issues: string[] = []
): OutboxRow {
	const entry = {
		mutationId: nextId++,
		name,
		args: { id: 'r', municipalityId: 'riga', service: 'education-enrolment', patch },
		recordId: 'r',
		status,
		error:
			status === 'rejected'
				? { code: 'INVALID', issues: issues.map((path) => ({ path, message: 'field.invalid' })) }
				: undefined,
		schemaVersion: 1,
		createdAt: 0,
		attempts: 1
	};
	// Every row carries draft arguments, whatever its name (the rules read only names and patches).
	return entry as unknown as OutboxRow;
}

const save = 'application.saveDraft';

describe('settleRefusals', () => {
	it('keeps a refused edit that nothing later replaces', () => {
		const refused = row(save, 'rejected', { code: 'x' }, ['code']);
		expect(settleRefusals([refused])).toEqual({ deletes: [], puts: [], requeue: [] });
	});

	it('drops a refused edit once every field in it is typed again', () => {
		const refused = row(save, 'rejected', { code: 'x' }, ['code']);
		const later = row(save, 'pending', { code: 'y' });
		expect(settleRefusals([later, refused]).deletes).toEqual([refused.mutationId]);
	});

	it('queues again the fields refused only for a neighbour’s sake', () => {
		const refused = row(save, 'rejected', { code: 'x', name: 'Ella' }, ['code']);
		const later = row(save, 'applied', { code: 'y' });
		expect(settleRefusals([refused, later])).toEqual({
			deletes: [refused.mutationId],
			puts: [],
			requeue: [{ name: save, args: { ...refused.args, patch: { name: 'Ella' } } }]
		});
	});

	it('trims replaced fields but keeps the row while a reason remains', () => {
		const refused = row(save, 'rejected', { code: 'x', date: 'bad' }, ['code', 'date']);
		const later = row(save, 'pending', { code: 'y' });
		const { puts } = settleRefusals([refused, later]);
		expect(puts).toHaveLength(1);
		expect(puts[0]?.args).toMatchObject({ patch: { date: 'bad' } });
		expect(puts[0]?.error?.issues).toEqual([{ path: 'date', message: 'field.invalid' }]);
	});

	it('never touches an edit replaced only by an earlier one', () => {
		const earlier = row(save, 'pending', { code: 'y' });
		const refused = row(save, 'rejected', { code: 'x' }, ['code']);
		expect(settleRefusals([earlier, refused]).deletes).toEqual([]);
	});

	it('drops a refused submission once a new submission is queued', () => {
		const refused = row('application.submit', 'rejected');
		const again = row('application.submit', 'pending');
		expect(settleRefusals([refused, again]).deletes).toEqual([refused.mutationId]);
	});
});
