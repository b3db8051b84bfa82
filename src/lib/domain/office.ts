import { z } from 'zod';
import { zAttachmentSummary } from './attachments';
import { zRecordId } from './sync';

/** Inputs of the officers' workflow procedures (parsed on the server, reused by the pages). */
export const zActionName = z.string().regex(/^[a-z][A-Za-z]{1,39}$/);
const zBaseVersion = z.number().int().nonnegative();
const zText = (max: number) => z.string().trim().min(1, 'field.required').max(max, 'field.tooLong');

export const zTransitionInput = z.object({
	id: zRecordId,
	action: zActionName,
	baseVersion: zBaseVersion,
	reason: zText(2000).optional()
});

export const zRequestInformationInput = z.object({
	id: zRecordId,
	baseVersion: zBaseVersion,
	question: zText(4000)
});

export const zNoteInput = z.object({ id: zRecordId, text: zText(4000) });

/** One entry of an application's history: a step of its workflow, a request, a note. */
export const zTimelineEntry = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('transition'),
		at: z.number().int(),
		action: z.string(),
		from: z.string(),
		to: z.string(),
		actor: z.string().nullable(),
		role: z.string(),
		reason: z.string().nullable()
	}),
	z.object({
		kind: z.literal('request'),
		at: z.number().int(),
		id: z.string(),
		question: z.string(),
		requestedBy: z.string(),
		answer: z.string().nullable(),
		answeredAt: z.number().int().nullable(),
		/** The files sent with the answer; a link opens one once its bytes have arrived. */
		answerFiles: z.array(
			zAttachmentSummary.pick({ id: true, sha256: true, filename: true, status: true })
		)
	}),
	z.object({
		kind: z.literal('note'),
		at: z.number().int(),
		id: z.string(),
		author: z.string(),
		text: z.string()
	})
]);
export type TimelineEntry = z.infer<typeof zTimelineEntry>;

/** What the officer may do next on an application, and when it is due. */
export const zOfficeState = z.object({
	status: z.string(),
	version: z.number().int(),
	dueOn: z.string().nullable(),
	paused: z.boolean(),
	actions: z.array(z.object({ action: z.string(), to: z.string() }))
});

/** The officer's decision: approve (with conditions) or refuse (with reasons). */
export const zDecideInput = z
	.object({
		id: zRecordId,
		baseVersion: zBaseVersion,
		outcome: z.enum(['approved', 'refused']),
		paragraphs: z.array(z.string().max(8000, 'field.tooLong')).max(200),
		/** An approved permit's validity (defaults: the period applied for). */
		validFrom: z.iso.date().optional(),
		validTo: z.iso.date().optional()
	})
	.superRefine((d, ctx) => {
		if (d.outcome === 'refused' && d.paragraphs.every((p) => p.trim() === '')) {
			ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'decision.reasonsRequired' });
		}
		if (d.validFrom && d.validTo && d.validTo < d.validFrom) {
			ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'decision.validToBeforeFrom' });
		}
	});
export type DecideInput = z.infer<typeof zDecideInput>;

/** A decision as the applicant and the officer see it. */
export const zDecisionView = z.object({
	outcome: z.enum(['approved', 'refused']),
	number: z.string(),
	decidedAt: z.number().int(),
	paragraphs: z.array(z.string()),
	permit: z.object({ number: z.string(), validFrom: z.string(), validTo: z.string() }).nullable()
});
export type DecisionView = z.infer<typeof zDecisionView>;

/** A line of the municipality's permit register (of any service that issues permits). */
export const zPermitEntry = z.object({
	number: z.string(),
	applicationId: z.string(),
	/** The issuing e-service; its register capability names the kind and extra columns. */
	service: z.string(),
	kind: z.string(),
	holder: z.string(),
	location: z.string(),
	lat: z.number().nullable(),
	lon: z.number().nullable(),
	validFrom: z.string(),
	validTo: z.string(),
	/** The service's own facts for its extra columns, by column key. */
	details: z.record(z.string(), z.string())
});
export type PermitEntry = z.infer<typeof zPermitEntry>;
