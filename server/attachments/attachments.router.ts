import { z } from 'zod';
import {
	zApplicationAttachments,
	zBeginUploadInput,
	zBeginUploadOutput
} from '../../src/lib/domain/attachments';
import { zRecordId } from '../../src/lib/domain/sync';
import { authedProcedure, router, tenantProcedure } from '../kernel/trpc';
import { beginUpload, listForOfficer } from './attachments.service';
import type { FilesElsewhere } from './possession.service';

/**
 * The attachments router, given the person's files other areas keep (server/app/ wires the
 * inspector's photos in): where an upload stands depends on every file of theirs.
 */
export const createAttachmentsRouter = (elsewhere: FilesElsewhere) =>
	router({
		// A mutation: it may correct the stored offset, and uploads must not be cached.
		beginUpload: authedProcedure
			.input(zBeginUploadInput)
			.output(zBeginUploadOutput)
			.mutation(({ ctx, input }) => beginUpload(ctx.db, ctx.person, input, ctx.now(), elsewhere)),
		forApplication: tenantProcedure('officer')
			.input(z.object({ id: zRecordId }))
			.output(zApplicationAttachments)
			.query(({ ctx, input }) => listForOfficer(ctx.db, ctx.tenant, input.id))
	});
