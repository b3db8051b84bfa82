import type { MutatorEntries } from '../kernel/mutation';
import { addAttachment } from './attachments.service';

/** A file claimed for a draft, as a sync mutation (its bytes follow by upload). */
export const attachmentsMutators: MutatorEntries<'attachment.add'> = {
	'attachment.add': addAttachment
};
