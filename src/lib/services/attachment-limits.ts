import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../domain/attachments';
import { describeService } from './descriptors';

/**
 * The file limits of a service's applications: the platform's defaults, with what the
 * service's definition declares (`attachments`) in their place. Checked on both sides, so
 * the browser and the server refuse the same files.
 */
export function attachmentLimitsFor(service: string): AttachmentLimits {
	return { ...DEFAULT_ATTACHMENT_LIMITS, ...describeService(service)?.attachments };
}
