import { KIND_MIME, type AttachmentKind } from '../../src/lib/domain/attachments';
import type { Issue } from '../../src/lib/domain/sync';
import { visibleFields, visibleSteps } from '../../src/lib/services/engine';
import type { Answers, EServiceDefinition } from '../../src/lib/services/types';

const NAMES: Record<AttachmentKind, string> = { pdf: 'PDF', jpeg: 'JPG', png: 'PNG', heic: 'HEIC' };

/**
 * A file field may take fewer kinds than its service (an owner's consent: PDF only). The
 * browser checks this as the file is chosen; the server checks it again at submission,
 * by the kind each attachment was verified as (its bytes were sniffed on upload).
 */
export function fileKindIssues(
	def: EServiceDefinition<unknown>,
	answers: Answers,
	attachments: readonly { id: string; mime: string }[]
): Issue[] {
	const mimeOf = new Map(attachments.map((a) => [a.id, a.mime]));
	const issues: Issue[] = [];
	for (const step of visibleSteps(def, answers)) {
		for (const field of visibleFields(step, answers)) {
			const accept = field.kind === 'file' ? field.accept : undefined;
			const value = answers[field.name];
			if (!accept || !Array.isArray(value)) {
				continue;
			}
			const allowed = new Set<string>(accept.map((k) => KIND_MIME[k]));
			const mimes = value.map((id) => (typeof id === 'string' ? mimeOf.get(id) : undefined));
			// An id with no attachment row is another check's (the file must exist); here, its kind.
			if (mimes.some((mime) => mime !== undefined && !allowed.has(mime))) {
				issues.push({
					path: field.name,
					message: 'file.kindNotAllowed',
					params: { kinds: accept.map((k) => NAMES[k]).join(', ') }
				});
			}
		}
	}
	return issues;
}
