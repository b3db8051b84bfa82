import type { KopaDb } from './db';

/**
 * What a person has typed (and attached) in answer to an information request, kept on the
 * device as they type, so a reload, a crash or a lost connection loses nothing before
 * "send" queues the answer. Each keystroke goes synchronously to a small localStorage
 * journal (an IndexedDB write still under way is lost to an immediate reload) and to
 * IndexedDB `meta`, the lasting copy; the journal wins when both exist.
 */
export type AnswerDraft = { text: string; attachmentIds: string[] };

const keyFor = (requestId: string) => `answerDraft:${requestId}`;
const journalKey = (personId: string, requestId: string) => `kopa-answer:${personId}:${requestId}`;

function parse(value: unknown): AnswerDraft {
	const draft = (typeof value === 'object' && value !== null ? value : {}) as Partial<AnswerDraft>;
	return {
		text: typeof draft.text === 'string' ? draft.text : '',
		attachmentIds: Array.isArray(draft.attachmentIds)
			? draft.attachmentIds.filter((id) => typeof id === 'string')
			: []
	};
}

function readJournal(personId: string, requestId: string): AnswerDraft | null {
	try {
		const raw = localStorage.getItem(journalKey(personId, requestId));
		return raw === null ? null : parse(JSON.parse(raw));
	} catch {
		return null;
	}
}

export async function loadAnswerDraft(
	db: KopaDb,
	personId: string,
	requestId: string
): Promise<AnswerDraft> {
	const journal = readJournal(personId, requestId);
	if (journal) {
		return journal;
	}
	return parse((await db.meta.get(keyFor(requestId)))?.value);
}

export async function saveAnswerDraft(
	db: KopaDb,
	personId: string,
	requestId: string,
	draft: AnswerDraft
): Promise<void> {
	try {
		localStorage.setItem(journalKey(personId, requestId), JSON.stringify(draft));
	} catch {
		// A full or blocked localStorage leaves the IndexedDB copy below.
	}
	await db.meta.put({ key: keyFor(requestId), value: draft });
}

export async function clearAnswerDraft(
	db: KopaDb,
	personId: string,
	requestId: string
): Promise<void> {
	try {
		localStorage.removeItem(journalKey(personId, requestId));
	} catch {
		// Nothing to clear.
	}
	await db.meta.delete(keyFor(requestId));
}
