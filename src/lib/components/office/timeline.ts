import type { TimelineEntry } from '$lib/domain/office';

/**
 * The history as the officer reads it: a request for information (and its answer) is one
 * entry. The workflow step that a request or an answer made carries the same text as its
 * reason at the same moment; listing both showed every request twice.
 */
export function historyEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
	const told = new Set<string>();
	for (const entry of entries) {
		if (entry.kind === 'request') {
			told.add(`${entry.at}\n${entry.question}`);
			if (entry.answer !== null && entry.answeredAt !== null) {
				told.add(`${entry.answeredAt}\n${entry.answer}`);
			}
		}
	}
	return entries.filter(
		(entry) =>
			entry.kind !== 'transition' ||
			entry.reason === null ||
			!told.has(`${entry.at}\n${entry.reason}`)
	);
}
