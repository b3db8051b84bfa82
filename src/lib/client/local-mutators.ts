import type { ApplicationView } from '../domain/application';
import { transition } from '../services/engine/workflow';
import { describeService } from '../services/descriptors';
import type { ApplicationRecord, OutboxRow } from './db';

/**
 * The local effect of each mutation, replayed over the server's copy (rebase). The same
 * function serves the optimistic write and every later rebase, so what a person sees is
 * always "server copy + my changes not yet confirmed".
 */

export function fromServer(view: ApplicationView): ApplicationRecord {
	return { ...view, entity: 'application' };
}

export function applyLocal(
	record: ApplicationRecord | undefined,
	row: OutboxRow
): ApplicationRecord | undefined {
	switch (row.name) {
		case 'application.saveDraft': {
			const { args } = row;
			const base: ApplicationRecord = record ?? {
				id: args.id,
				entity: 'application',
				municipalityId: args.municipalityId,
				service: args.service,
				status: 'draft',
				fields: {},
				version: 0,
				submissionId: null,
				registrationNumber: null,
				submittedAt: null,
				updatedAt: row.createdAt
			};
			// Edits the workflow has refused stay out of the view; the conflict keeps them.
			if (base.status === 'in_review' || row.error?.code === 'STALE_STATE') {
				return base;
			}
			return { ...base, fields: { ...base.fields, ...args.patch }, updatedAt: row.createdAt };
		}
		case 'application.submit': {
			// A refused submission leaves the draft editable; one already submitted stays so.
			if (!record || record.status !== 'draft' || row.status === 'rejected') {
				return record;
			}
			return { ...record, status: 'submitting', submissionId: row.args.submissionId };
		}
		case 'conflict.resolve': {
			// The device shows the kept value at once; the server confirms it on the next pull.
			const { args } = row;
			if (!record || row.status === 'rejected' || typeof args.field !== 'string') {
				return record;
			}
			return { ...record, fields: { ...record.fields, [args.field]: args.value } };
		}
		case 'information.answer': {
			// The answer shows as sent at once and the application goes back to the officer;
			// a refused answer (already answered elsewhere) leaves the server's word.
			const { args } = row;
			if (!record || row.status === 'rejected' || record.status !== 'information_requested') {
				return record;
			}
			const requests = (record.requests ?? []).map((r) =>
				r.id === args.requestId && r.answeredAt === null
					? {
							...r,
							answer: args.answer,
							answerAttachmentIds: args.attachmentIds ?? [],
							answeredAt: row.createdAt
						}
					: r
			);
			return { ...record, status: 'information_provided', requests };
		}
		case 'application.act': {
			// The step shows at once, where the service's workflow allows it from here.
			const def = record ? describeService(record.service) : undefined;
			if (!record || !def || row.status === 'rejected') {
				return record;
			}
			const verdict = transition(def.workflow, record.status, row.args.action, 'citizen');
			return verdict.ok ? { ...record, status: verdict.to as ApplicationRecord['status'] } : record;
		}
		case 'offer.respond': {
			// The answer to a placement offer shows at once; the server's receipt time decides
			// whether it came in time, and a refusal leaves the server's word.
			const def = record ? describeService(record.service) : undefined;
			if (!record || !def || row.status === 'rejected') {
				return record;
			}
			const action = row.args.answer === 'accept' ? 'acceptPlace' : 'declinePlace';
			const verdict = transition(def.workflow, record.status, action, 'citizen', 'placement');
			return verdict.ok ? { ...record, status: verdict.to as ApplicationRecord['status'] } : record;
		}
		default:
			return record;
	}
}

/** serverBase ⊕ replay(outbox rows of this record, in mutation order). */
export function rebase(
	base: ApplicationView | undefined,
	rows: readonly OutboxRow[]
): ApplicationRecord | undefined {
	let record = base ? fromServer(base) : undefined;
	for (const row of [...rows].sort((a, b) => a.mutationId - b.mutationId)) {
		record = applyLocal(record, row);
	}
	return record;
}
