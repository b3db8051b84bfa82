import type { MutatorEntries } from '../kernel/mutation';
import { addAttachment } from './attachments.service';
import type { FilesElsewhere } from './possession.service';

/**
 * A file claimed for a draft, as a sync mutation (its bytes follow by upload). Its proof of
 * possession reads the person's files other areas keep: server/app/mutators.ts gives them.
 */
export const attachmentsMutators = (
	elsewhere: FilesElsewhere
): MutatorEntries<'attachment.add'> => ({
	'attachment.add': (db, actor, args, now, context) =>
		addAttachment(db, actor, args, now, elsewhere, context)
});
