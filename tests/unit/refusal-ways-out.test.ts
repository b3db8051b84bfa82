import { describe, expect, it } from 'vitest';
import { applicationSyncStatus, refusalCount } from '../../src/lib/client/application-status';
import type { ApplicationRecord, OutboxRow } from '../../src/lib/client/db';
import {
	refusedAnswerFor,
	refusedFiles,
	refusedTogether
} from '../../src/lib/client/refusal-ways-out';

const row = (
	mutationId: number,
	name: string,
	args: Record<string, unknown>,
	status: OutboxRow['status'] = 'rejected'
): OutboxRow =>
	// Only the arguments these rules read.
	({
		mutationId,
		name,
		args,
		recordId: 'r1',
		status,
		error: status === 'rejected' ? { code: 'STALE_STATE' } : undefined,
		schemaVersion: 1,
		createdAt: mutationId,
		attempts: 1
	}) as unknown as OutboxRow;

const fileA = row(3, 'attachment.add', { attachmentId: 'a', filename: 'a.pdf' });
const fileB = row(4, 'attachment.add', { attachmentId: 'b', filename: 'b.pdf' }, 'applied');
const otherFile = row(5, 'attachment.add', { attachmentId: 'c', filename: 'c.pdf' });
const answer = row(6, 'information.answer', {
	requestId: 'q1',
	answer: 'Teksts',
	attachmentIds: ['a', 'b']
});
const rows = [answer, otherFile, fileB, fileA];

describe('ways out of a refusal', () => {
	it('settles an answer together with its own refused files, in their order', () => {
		expect(refusedTogether(rows, answer)).toEqual([3, 6]);
		expect(refusedTogether(rows, otherFile)).toEqual([5]);
	});

	it('finds the latest refused answer to a request, and the refused files an answer names', () => {
		const later = row(9, 'information.answer', { requestId: 'q1', answer: 'Vēlāk' });
		expect(refusedAnswerFor([...rows, later], 'q1')).toBe(later);
		expect(refusedAnswerFor(rows, 'q2')).toBeUndefined();
		expect(refusedFiles(rows, ['a', 'b', 'c'])).toEqual([3, 5]);
	});
});

describe('the status of an application with a refused change', () => {
	const record = { status: 'in_review' } as ApplicationRecord;
	const idle = { phase: 'idle' } as Parameters<typeof applicationSyncStatus>[2];

	it('stays the server’s; the refusal is counted beside it', () => {
		expect(applicationSyncStatus(record, rows, idle, false)).toBe('inReview');
		expect(applicationSyncStatus({ ...record, status: 'offered' }, rows, idle, false)).toBe(
			'processing'
		);
		expect(refusalCount(rows)).toBe(3);
		expect(refusalCount([fileB])).toBe(0);
	});
});
