import type { KopaDb } from './db';

/**
 * What a person has typed (and attached) in answer to an information request, kept on the
 * device as they type, so a reload, a crash or a lost connection loses nothing before
 * "send" queues the answer. Kept in `meta`: no Dexie schema change.
 */
export type AnswerDraft = { text: string; attachmentIds: string[] };

const keyFor = (requestId: string) => `answerDraft:${requestId}`;

export async function loadAnswerDraft(db: KopaDb, requestId: string): Promise<AnswerDraft> {
	const value: unknown = (await db.meta.get(keyFor(requestId)))?.value;
	const draft = (typeof value === 'object' && value !== null ? value : {}) as Partial<AnswerDraft>;
	return {
		text: typeof draft.text === 'string' ? draft.text : '',
		attachmentIds: Array.isArray(draft.attachmentIds)
			? draft.attachmentIds.filter((id) => typeof id === 'string')
			: []
	};
}

export async function saveAnswerDraft(
	db: KopaDb,
	requestId: string,
	draft: AnswerDraft
): Promise<void> {
	await db.meta.put({ key: keyFor(requestId), value: draft });
}

export async function clearAnswerDraft(db: KopaDb, requestId: string): Promise<void> {
	await db.meta.delete(keyFor(requestId));
}
