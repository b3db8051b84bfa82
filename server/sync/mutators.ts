import { saveDraft, submit } from '../applications/applications.citizen.service';
import { resolveConflictAsApplicant } from '../conflicts/conflicts.service';
import { addAttachment } from '../attachments/attachments.service';
import { answerInformation } from '../workflow/answer.service';
import {
	addInspectionPhoto,
	completeInspection,
	reportUnpermitted,
	resolveConflictAsInspector
} from '../inspections/field.service';
import { applicantAction } from '../workflow/applicant-action.service';
import type { DbOrTx } from '../db/client.server';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { Actor } from '../trpc/context';
import type { BatchMemo } from './batch-memo';

/** Where a mutation came from: the base versions let an edit be merged against later ones. */
export type MutationContext = {
	clientId: string;
	mutationId: number;
	/** The server version of each record the device had when the change was made. */
	baseVersions: Readonly<Record<string, number>>;
	/** On whose behalf the person acts, from their session (never from the device). */
	applicant?: ApplicantFacts;
	/** Reference data already read in this push (./batch-memo.ts). */
	memo?: BatchMemo;
};

export type Mutator = (
	db: DbOrTx,
	actor: Actor,
	args: unknown,
	now: number,
	context?: MutationContext
) => Record<string, unknown> | null;

/** The mutations a client may push, by name. Each parses its own arguments. */
export const mutators: Readonly<Record<string, Mutator>> = {
	'application.saveDraft': saveDraft,
	'application.submit': submit,
	'attachment.add': addAttachment,
	'conflict.resolve': resolveConflictAsApplicant,
	'information.answer': answerInformation,
	'application.act': applicantAction,
	'inspection.photo': addInspectionPhoto,
	'inspection.complete': completeInspection,
	'inspection.report': reportUnpermitted,
	'inspection.resolveConflict': resolveConflictAsInspector
};
