import type { InspectionView } from '../../domain/inspection';
import { locale } from '../../i18n/locale.svelte';
import { uploadsFor } from '../attachments/uploads.svelte';
import type { ClientSession } from '../client-session.svelte';
import type { InspectionDraftRow } from '../db';
import { unsavedInput } from '../unsaved-input.svelte';
import { DraftSaver, openDraft, type DraftPatch } from './drafts';
import { locate, type LocateProblem } from './locate';
import { reopenDraft, sendDraft, type FormError } from './send';
import { removePhoto, takePhotos, type PhotoProblem } from './take-photo';

/**
 * The state of one inspection form (a task's or a report's) on the page: the draft as
 * shown, saved as it changes, and the actions of the form. Per page, never a singleton.
 */
export class InspectionForm {
	draft = $state<InspectionDraftRow | null>(null);
	errors = $state<FormError[]>([]);
	locating = $state(false);
	locateProblem = $state<LocateProblem | null>(null);
	photoProblems = $state<PhotoProblem[]>([]);
	savingPhotos = $state(false);
	sending = $state(false);
	private saver: DraftSaver | null = null;

	constructor(
		private readonly session: ClientSession,
		readonly id: string,
		readonly kind: InspectionDraftRow['kind'],
		readonly municipalityId: string
	) {}

	get sent(): boolean {
		return this.draft?.sentAt != null;
	}

	/** Reads (or makes) the draft, with any typing a reload cut short; returns the cleanup. */
	async open(): Promise<() => void> {
		const db = this.session.db;
		if (!db) {
			return () => undefined;
		}
		this.draft = await openDraft(db, this.id, this.kind, this.municipalityId);
		const saver = new DraftSaver(db, this.id);
		this.saver = saver;
		const detach = saver.attach();
		const unregister = unsavedInput.register(`inspection:${this.id}`, () => saver.flush());
		return () => {
			unregister();
			detach();
		};
	}

	set(patch: DraftPatch): void {
		if (!this.draft || this.sent) {
			return;
		}
		const before = this.draft;
		this.draft = { ...before, ...patch };
		this.saver?.change(patch);
		// A field's message goes once it is changed; the rest stay until the next send. Of the
		// checks, only those answered differently now.
		const changed = Object.keys(patch).filter((f) => f !== 'checks');
		for (const [key, answer] of Object.entries(patch.checks ?? {})) {
			if (before.checks[key] !== answer) {
				changed.push(`check-${key}`);
			}
		}
		// "Mark a defect" sits at the first check but is answered by any "no".
		const markedDefect = Object.values(patch.checks ?? {}).includes('no');
		this.errors = this.errors.filter(
			(e) => !changed.includes(e.field) && !(markedDefect && e.key === 'inspection.defectNotMarked')
		);
	}

	/** The message at a field, translated, or null. */
	fieldError(field: string): string | null {
		const error = this.errors.find((e) => e.field === field);
		return error ? locale.t(error.key, error.params) : null;
	}

	async measure(): Promise<void> {
		this.locating = true;
		this.locateProblem = null;
		const result = await locate();
		this.locating = false;
		if (result.ok) {
			this.set({ position: result.position });
		} else {
			this.locateProblem = result.message;
		}
	}

	async addPhotos(files: File[]): Promise<void> {
		const db = this.session.db;
		if (!db || !this.draft || files.length === 0) {
			return;
		}
		this.savingPhotos = true;
		try {
			const result = await takePhotos(db, this.id, files, {
				position: $state.snapshot(this.draft.position)
			});
			this.photoProblems = result.problems;
			await this.reloadPhotos();
			if (result.added.length > 0) {
				this.errors = this.errors.filter((e) => e.field !== 'photos');
			}
		} finally {
			this.savingPhotos = false;
		}
	}

	async removePhoto(photoId: string): Promise<void> {
		const db = this.session.db;
		if (db) {
			await removePhoto(db, this.id, photoId);
			await this.reloadPhotos();
		}
	}

	/** Photos and the sent mark are written elsewhere; typed fields stay as shown. */
	private async reloadPhotos(): Promise<void> {
		const stored = await this.session.db?.inspectionDrafts.get(this.id);
		if (stored && this.draft) {
			this.draft = { ...this.draft, photos: stored.photos, sentAt: stored.sentAt };
		}
	}

	/** Checks and queues the form; true when it went into the outbox. */
	async send(view: InspectionView | null): Promise<boolean> {
		const engine = this.session.engine;
		if (!engine || !this.draft || this.sending) {
			return false;
		}
		this.sending = true;
		try {
			await this.saver?.flush();
			const result = await sendDraft(engine, this.id, view);
			if (!result.ok) {
				this.errors = result.errors;
				return false;
			}
			this.errors = [];
			await this.reloadPhotos();
			this.session.syncNow();
			uploadsFor(this.session).request();
			return true;
		} finally {
			this.sending = false;
		}
	}

	/** After the server refused it: editable again, nothing lost. */
	async reopen(): Promise<void> {
		const engine = this.session.engine;
		if (engine) {
			await reopenDraft(engine, this.id);
			await this.reloadPhotos();
		}
	}
}
