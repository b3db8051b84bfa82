import type { InspectionDraftRow, KopaDb } from '../db';

/**
 * The inspector's form (a task's result or a report of an unpermitted ad), kept on the
 * device as it is typed, so a reload, a closed tab or a flat battery loses nothing before
 * "send". Each change is written to IndexedDB a moment after typing stops and at once when
 * the page is hidden. IndexedDB writes are asynchronous and may not finish while a page
 * unloads, so every change is also kept synchronously in a small localStorage journal until
 * it is committed (the same two-layer pattern as draft-editor.svelte.ts); on load the
 * journal wins over the stored row.
 *
 * Photos are not edited here: they go in with their bytes in one transaction (take-photo.ts),
 * so this module only ever patches the typed fields and never overwrites the photo list.
 */

export const AUTOSAVE_MS = 250;

/** The fields typed or chosen on the form (what the journal and the debounce carry). */
export const TYPED_FIELDS = [
	'checks',
	'position',
	'notes',
	'result',
	'defectDeadline',
	'description'
] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];
export type DraftPatch = Partial<Pick<InspectionDraftRow, TypedField>>;

export function emptyDraft(
	id: string,
	kind: InspectionDraftRow['kind'],
	municipalityId: string,
	now: number
): InspectionDraftRow {
	return {
		id,
		kind,
		municipalityId,
		checks: {},
		position: null,
		notes: '',
		result: kind === 'report' ? 'unpermitted' : null,
		defectDeadline: null,
		description: '',
		photos: [],
		sentAt: null,
		updatedAt: now
	};
}

/** The localStorage key: per database (so per person) and per inspection. */
export function journalKey(db: KopaDb, id: string): string {
	return `kopa.inspectionDraft:${db.name}:${id}`;
}

function readJournal(key: string): DraftPatch {
	try {
		const raw = localStorage.getItem(key);
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		return typeof parsed === 'object' && parsed !== null ? pickTyped(parsed) : {};
	} catch {
		return {};
	}
}

/** Only the typed fields: a journal is never trusted to carry photos or the sent mark. */
function pickTyped(value: object): DraftPatch {
	const source = value as Record<string, unknown>;
	return Object.fromEntries(
		TYPED_FIELDS.filter((field) => field in source).map((field) => [field, source[field]])
	);
}

function writeJournal(key: string, patch: DraftPatch): void {
	try {
		if (Object.keys(patch).length === 0) {
			localStorage.removeItem(key);
		} else {
			localStorage.setItem(key, JSON.stringify(patch));
		}
	} catch {
		// Storage full or blocked: IndexedDB still gets the change after the debounce.
	}
}

/**
 * The draft as the form should show it: the stored row (made here the first time) with any
 * journalled typing that did not reach IndexedDB before the last reload written into it.
 * A draft already sent is shown as sent: late journal entries never change it.
 */
export async function openDraft(
	db: KopaDb,
	id: string,
	kind: InspectionDraftRow['kind'],
	municipalityId: string,
	now = Date.now()
): Promise<InspectionDraftRow> {
	const key = journalKey(db, id);
	const journal = readJournal(key);
	const row = await db.transaction('rw', db.inspectionDrafts, async () => {
		const stored = await db.inspectionDrafts.get(id);
		const draft = stored ?? emptyDraft(id, kind, municipalityId, now);
		if (draft.sentAt !== null || Object.keys(journal).length === 0) {
			if (!stored) {
				await db.inspectionDrafts.add(draft);
			}
			return draft;
		}
		const merged = { ...draft, ...journal, updatedAt: now };
		await db.inspectionDrafts.put(merged);
		return merged;
	});
	writeJournal(key, {});
	return row;
}

/**
 * Writes changes of one draft: `change` keeps them in the journal at once and in IndexedDB
 * after AUTOSAVE_MS of quiet; `flush` writes now (pagehide, visibilitychange, before send).
 */
export class DraftSaver {
	private pending: DraftPatch = {};
	private timer: ReturnType<typeof setTimeout> | null = null;
	private writing: Promise<void> = Promise.resolve();
	private readonly key: string;

	constructor(
		private readonly db: KopaDb,
		readonly id: string,
		private readonly options: { delayMs?: number; now?: () => number } = {}
	) {
		this.key = journalKey(db, id);
	}

	get dirty(): boolean {
		return Object.keys(this.pending).length > 0;
	}

	change(patch: DraftPatch): void {
		// Plain copies: IndexedDB cannot clone a reactive proxy, and later edits of the same
		// object must not reach into what is already queued.
		const copy = JSON.parse(JSON.stringify(patch)) as DraftPatch;
		this.pending = { ...this.pending, ...copy };
		writeJournal(this.key, { ...readJournal(this.key), ...copy });
		if (this.timer) {
			clearTimeout(this.timer);
		}
		this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? AUTOSAVE_MS);
	}

	/** Writes what is pending; resolves when it (and any write before it) is in IndexedDB. */
	flush(): Promise<void> {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = null;
		}
		const patch = this.pending;
		this.pending = {};
		if (Object.keys(patch).length === 0) {
			return this.writing;
		}
		this.writing = this.writing.catch(() => undefined).then(() => this.write(patch));
		return this.writing;
	}

	private async write(patch: DraftPatch): Promise<void> {
		const { db } = this;
		try {
			await db.transaction('rw', db.inspectionDrafts, async () => {
				const row = await db.inspectionDrafts.get(this.id);
				// Sent: the result is in the outbox; a late keystroke must not change what the
				// form shows as sent. No row: the draft was never opened here.
				if (row && row.sentAt === null) {
					await db.inspectionDrafts.update(this.id, {
						...patch,
						updatedAt: this.options.now?.() ?? Date.now()
					});
				}
			});
		} catch (error) {
			// Not written: keep it for the next flush (typing after it wins field by field).
			this.pending = { ...patch, ...this.pending };
			throw error;
		}
		this.forgetJournal(patch);
	}

	/** Drops journal entries now committed, unless typed over again since. */
	private forgetJournal(committed: DraftPatch): void {
		const journal = readJournal(this.key) as Record<string, unknown>;
		for (const [field, value] of Object.entries(committed)) {
			if (JSON.stringify(journal[field]) === JSON.stringify(value)) {
				delete journal[field];
			}
		}
		writeJournal(this.key, journal);
	}

	/** Flushes when the page is hidden or left; returns the cleanup (which flushes too). */
	attach(target: { window: Window; document: Document } = { window, document }): () => void {
		const flushNow = () => void this.flush().catch(() => undefined);
		const onHidden = () => {
			if (target.document.visibilityState === 'hidden') {
				flushNow();
			}
		};
		target.window.addEventListener('pagehide', flushNow);
		target.document.addEventListener('visibilitychange', onHidden);
		return () => {
			target.window.removeEventListener('pagehide', flushNow);
			target.document.removeEventListener('visibilitychange', onHidden);
			flushNow();
		};
	}
}
