import { z } from 'zod';
import { zConflictView } from './conflict';
import { zMunicipalityId, zServiceId } from './names';
import { zDecisionView } from './office';
import { zInspectionView } from './inspection';
import { zRecordId, zCookie } from './sync';

/**
 * Platform-level contracts of an application, whatever its e-service. The fields of a
 * particular service are validated by that service's definition (src/lib/services).
 */

export { zMunicipalityId, zServiceId };

/**
 * Every state any service's workflow uses (each workflow's states are a subset: a unit test
 * checks). 'draft' until submitted; the rest are the officers' and the citizen's steps.
 */
export const APPLICATION_STATES = [
	'draft',
	'submitted',
	'in_review',
	'information_requested',
	'information_provided',
	'heritage_approval',
	'in_queue',
	'offered',
	'accepted',
	'declined',
	'enrolled',
	'approved',
	'refused',
	'withdrawn'
] as const;
export const zApplicationStatus = z.enum(APPLICATION_STATES);
export type ApplicationStatus = z.infer<typeof zApplicationStatus>;

export const zFields = z.record(z.string().max(60), z.unknown());

/** `application.saveDraft`: create the draft if new, else merge these fields into it. */
export const zSaveDraftArgs = z.object({
	id: zRecordId,
	municipalityId: zMunicipalityId,
	service: zServiceId,
	patch: zFields
});
export type SaveDraftArgs = z.infer<typeof zSaveDraftArgs>;

/** `application.submit`: the submission id is made with the draft and reused on every retry. */
export const zSubmitArgs = z.object({
	id: zRecordId,
	municipalityId: zMunicipalityId,
	submissionId: zRecordId,
	payloadHash: z.string().regex(/^[0-9a-f]{64}$/, 'format')
});
export type SubmitArgs = z.infer<typeof zSubmitArgs>;

/** An officer's request for more, as the applicant's device holds it. */
export const zInformationRequestView = z.object({
	id: z.string(),
	question: z.string(),
	requestedAt: z.number().int(),
	answer: z.string().nullable(),
	answerAttachmentIds: z.array(z.string()).nullable(),
	answeredAt: z.number().int().nullable()
});
export type InformationRequestView = z.infer<typeof zInformationRequestView>;

/** `information.answer`: the applicant's answer to one request, with files already attached. */
export const zAnswerInformationArgs = z.object({
	applicationId: zRecordId,
	municipalityId: zMunicipalityId,
	requestId: zRecordId,
	answer: z.string().trim().min(1, 'field.required').max(4000, 'field.tooLong'),
	attachmentIds: z.array(zRecordId).max(10).default([])
});
export type AnswerInformationArgs = z.infer<typeof zAnswerInformationArgs>;

/** What the server sends about an application: to its applicant in pulls, to officers in queues. */
export const zApplicationView = z.object({
	id: zRecordId,
	municipalityId: zMunicipalityId,
	service: zServiceId,
	status: zApplicationStatus,
	fields: zFields,
	version: z.number().int(),
	submissionId: z.string().nullable(),
	registrationNumber: z.string().nullable(),
	submittedAt: z.number().int().nullable(),
	updatedAt: z.number().int(),
	/** Requests for more information, oldest first (absent: none, or an older server). */
	requests: z.array(zInformationRequestView).optional(),
	/** The decision, once made (its PDF at /api/decision/<id>). */
	decision: zDecisionView.nullable().optional()
});
export type ApplicationView = z.infer<typeof zApplicationView>;

export const zPatchEntry = z.object({
	op: z.enum(['put', 'del']),
	entity: z.literal('application'),
	id: zRecordId,
	version: z.number().int(),
	data: zApplicationView.nullable()
});
export type PatchEntry = z.infer<typeof zPatchEntry>;

/** An inspection put on, or taken off, the inspector's device (reassigned elsewhere). */
export const zInspectionPatch = z.object({
	op: z.enum(['put', 'del']),
	id: zRecordId,
	data: zInspectionView.nullable()
});
export type InspectionPatch = z.infer<typeof zInspectionPatch>;

export const zPullOutput = z.object({
	cookie: zCookie,
	reset: z.boolean(),
	hasMore: z.boolean(),
	patch: z.array(zPatchEntry),
	conflicts: z.array(zConflictView),
	/** Inspections of this person as an inspector (issue 7); absent from older servers. */
	inspections: z.array(zInspectionPatch).optional(),
	lastMutationId: z.number().int().nonnegative()
});
export type PullOutput = z.infer<typeof zPullOutput>;

/**
 * `application.act`: a workflow step the applicant takes (withdraw, accept or decline an
 * offered place); which ones, from which state, the service's workflow says.
 */
export const zApplicantActionArgs = z.object({
	applicationId: zRecordId,
	municipalityId: zMunicipalityId,
	action: z.string().regex(/^[a-z][A-Za-z]{1,39}$/)
});
export type ApplicantActionArgs = z.infer<typeof zApplicantActionArgs>;

/** Citizen steps that have a mutation of their own (with what they carry). */
export const OWN_MUTATION_ACTIONS: readonly string[] = ['submit', 'provideInformation'];
