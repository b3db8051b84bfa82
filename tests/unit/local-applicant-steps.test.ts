import { describe, expect, it } from 'vitest';
import type { ApplicationRecord, OutboxRow } from '../../src/lib/client/db';
import { applyLocal } from '../../src/lib/client/local-mutators';

const record = (status: ApplicationRecord['status']): ApplicationRecord => ({
	id: '01900000-0000-7000-8000-000000000001',
	entity: 'application',
	municipalityId: 'riga',
	service: 'education-enrolment',
	status,
	fields: {},
	version: 3,
	submissionId: null,
	registrationNumber: 'RIGA-2026-000001',
	submittedAt: 1,
	updatedAt: 1
});
const row = (
	name: string,
	args: Record<string, unknown>,
	status: OutboxRow['status'] = 'pending'
): OutboxRow =>
	// Only the arguments a step reads, as an older device may have queued them.
	({
		mutationId: 1,
		name,
		args,
		recordId: '01900000-0000-7000-8000-000000000001',
		status,
		schemaVersion: 1,
		createdAt: 5,
		attempts: 0
	}) as unknown as OutboxRow;

describe('the applicant’s workflow steps on the device (before the server confirms)', () => {
	it('shows the step the workflow allows, and leaves the record as it is otherwise', () => {
		// A place is accepted by answering its offer (issue 16), not as a bare step.
		expect(
			applyLocal(record('offered'), row('application.act', { action: 'acceptPlace' }))?.status
		).toBe('offered');
		expect(
			applyLocal(record('offered'), row('offer.respond', { answer: 'accept', offerId: 'o1' }))
				?.status
		).toBe('accepted');
		expect(
			applyLocal(record('offered'), row('offer.respond', { answer: 'decline', offerId: 'o1' }))
				?.status
		).toBe('declined');
		expect(
			applyLocal(
				record('offered'),
				row('offer.respond', { answer: 'accept', offerId: 'o1' }, 'rejected')
			)?.status
		).toBe('offered');
		expect(
			applyLocal(record('submitted'), row('application.act', { action: 'withdraw' }))?.status
		).toBe('withdrawn');
		expect(
			applyLocal(record('enrolled'), row('application.act', { action: 'withdraw' }))?.status
		).toBe('enrolled');
		expect(
			applyLocal(record('in_review'), row('application.act', { action: 'addToQueue' }))?.status
		).toBe('in_review');
		expect(
			applyLocal(record('submitted'), row('application.act', { action: 'withdraw' }, 'rejected'))
				?.status
		).toBe('submitted');
	});

	it('marks an answered request and hands the application back to the officer', () => {
		const asked = {
			...record('information_requested'),
			requests: [
				{
					id: 'r1',
					question: 'Kur?',
					requestedAt: 2,
					answer: null,
					answerAttachmentIds: null,
					answeredAt: null
				}
			]
		};
		const answered = applyLocal(
			asked,
			row('information.answer', { requestId: 'r1', answer: 'Rīgā', attachmentIds: [] })
		);
		expect(answered?.status).toBe('information_provided');
		expect(answered?.requests?.[0]).toMatchObject({ answer: 'Rīgā', answeredAt: 5 });
	});
});
