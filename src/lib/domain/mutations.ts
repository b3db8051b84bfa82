import type { z } from 'zod';
import {
	zAnswerInformationArgs,
	zApplicantActionArgs,
	zSaveDraftArgs,
	zSubmitArgs
} from './application';
import { zAttachmentAddArgs } from './attachments';
import { zResolveConflictArgs } from './conflict';
import {
	zCompleteInspectionArgs,
	zInspectionPhotoArgs,
	zReportUnpermittedArgs,
	zResolveInspectionConflictArgs
} from './inspection';
import { zOfferRespondArgs } from './placement-offer';

/**
 * Every change a device may queue in its outbox and push, by name, with the schema of its
 * arguments. The one list the browser's `mutate`, its local mutators and the server's
 * mutators are typed by: a name not here, or arguments of the wrong shape, is a type error
 * where the call is written, and the server parses what arrives with the same schema.
 */
export const MUTATIONS = {
	'application.saveDraft': zSaveDraftArgs,
	'application.submit': zSubmitArgs,
	'application.act': zApplicantActionArgs,
	'attachment.add': zAttachmentAddArgs,
	'conflict.resolve': zResolveConflictArgs,
	'information.answer': zAnswerInformationArgs,
	'inspection.photo': zInspectionPhotoArgs,
	'inspection.complete': zCompleteInspectionArgs,
	'inspection.report': zReportUnpermittedArgs,
	'inspection.resolveConflict': zResolveInspectionConflictArgs,
	'offer.respond': zOfferRespondArgs
} as const satisfies Record<string, z.ZodType>;

export type MutationName = keyof typeof MUTATIONS;

/** The arguments of mutation `N` as the caller writes them (before defaults are applied). */
export type MutationArgs<N extends MutationName> = z.input<(typeof MUTATIONS)[N]>;

/** The arguments of mutation `N` once parsed by its schema (as a mutator receives them). */
export type ParsedMutationArgs<N extends MutationName> = z.output<(typeof MUTATIONS)[N]>;

export function isMutationName(name: string): name is MutationName {
	return Object.hasOwn(MUTATIONS, name);
}
