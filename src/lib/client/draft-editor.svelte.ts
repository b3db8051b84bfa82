import { AUTOSAVE_MS, JOURNAL_PREFIX } from './autosave-timing';
import type { ClientSession } from './client-session.svelte';
import { unsavedInput } from './unsaved-input.svelte';

/**
 * Values an editor of this page is writing to IndexedDB right now, per record. When the
 * form is rebuilt mid-write (a status change, a settled conflict), the new editor must not
 * take those journal entries for unsaved typing and queue them a second time.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping; nothing renders from it
const writing = new Map<string, Record<string, unknown>>();

/**
 * Editors of this page still attached, per record. A rebuilt form may start before the
 * old one is torn down; the old one then still owns its unsaved typing and writes it as
 * it goes, so the new one must not take the journal for typing of its own.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping; nothing renders from it
const attached = new Map<string, number>();

/**
 * The fields of one draft as typed. Each change is written to IndexedDB (as a saveDraft
 * mutation) a moment after typing stops, and at once when the page is hidden or an update
 * asks for it. IndexedDB writes are asynchronous and may not finish while a page unloads,
 * so every keystroke is also kept synchronously in a small localStorage journal until its
 * mutation is committed: a reload or a closed tab mid-word loses nothing.
 */
export class DraftEditor<V = string> {
	values = $state<Record<string, V>>({});
	loaded = $state(false);
	typing = $state(false);
	private pending: Record<string, unknown> = {};
	private timer: ReturnType<typeof setTimeout> | null = null;

	/**
	 * `accept` turns a stored value into what the inputs show. The default keeps strings only
	 * (the enrolment form); the generic form passes one that keeps any JSON value (lists,
	 * points, consents).
	 */
	constructor(
		private readonly session: ClientSession,
		readonly recordId: string,
		private readonly municipalityId: string,
		private readonly service: string,
		// The default is only right for V = string; callers with other values pass their own.
		private readonly accept: (value: unknown) => V = asString as (value: unknown) => V
	) {}

	/** Takes the stored fields once; later the inputs are the truth for what is shown. */
	load(fields: Record<string, unknown>): void {
		if (this.loaded) {
			return;
		}
		this.values = Object.fromEntries(
			Object.entries(fields).map(([key, value]) => [key, this.accept(value)])
		);
		this.loaded = true;
		const journal = (attached.get(this.recordId) ?? 0) > 0 ? {} : this.readJournal();
		const beingWritten = writing.get(this.recordId) ?? {};
		for (const [field, value] of Object.entries(journal)) {
			if (!same(this.values[field], value) && !same(beingWritten[field], value)) {
				this.set(field, this.accept(value));
			}
		}
		if (Object.keys(journal).length > 0 && Object.keys(this.pending).length === 0) {
			this.clearJournal(journal);
		}
	}

	private get journalKey(): string {
		return `${JOURNAL_PREFIX}${this.recordId}`;
	}

	private readJournal(): Record<string, unknown> {
		try {
			const raw = localStorage.getItem(this.journalKey);
			return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
		} catch {
			return {};
		}
	}

	private writeJournal(field: string, value: V): void {
		try {
			localStorage.setItem(
				this.journalKey,
				JSON.stringify({ ...this.readJournal(), [field]: value })
			);
		} catch {
			// Storage full or blocked: IndexedDB still gets the value after the debounce.
		}
	}

	/** Forgets journal entries that are now committed (unless typed over again since). */
	private clearJournal(committed: Record<string, unknown>): void {
		const journal = this.readJournal();
		for (const [field, value] of Object.entries(committed)) {
			if (same(journal[field], value)) {
				delete journal[field];
			}
		}
		if (Object.keys(journal).length === 0) {
			localStorage.removeItem(this.journalKey);
		} else {
			localStorage.setItem(this.journalKey, JSON.stringify(journal));
		}
	}

	set(field: string, value: V): void {
		this.values[field] = value;
		// A plain copy: a reactive proxy (a list from the inputs) cannot go into IndexedDB.
		this.pending[field] = $state.snapshot(value);
		this.writeJournal(field, value);
		if (!this.typing) {
			this.typing = true;
			unsavedInput.markDirty(1);
		}
		if (this.timer) {
			clearTimeout(this.timer);
		}
		this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
	}

	async flush(): Promise<void> {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = null;
		}
		const patch = this.pending;
		this.pending = {};
		if (Object.keys(patch).length > 0) {
			writing.set(this.recordId, { ...writing.get(this.recordId), ...patch });
			try {
				await this.session.mutate(
					'application.saveDraft',
					{ id: this.recordId, municipalityId: this.municipalityId, service: this.service, patch },
					this.recordId
				);
				this.clearJournal(patch);
			} finally {
				writing.delete(this.recordId);
			}
		}
		if (this.typing && Object.keys(this.pending).length === 0) {
			this.typing = false;
			unsavedInput.markDirty(-1);
		}
	}

	/** Hooks the editor to page lifecycle; returns the cleanup. */
	attach(): () => void {
		const flushNow = () => void this.flush();
		const onHidden = () => {
			if (document.visibilityState === 'hidden') {
				flushNow();
			}
		};
		window.addEventListener('pagehide', flushNow);
		document.addEventListener('visibilitychange', onHidden);
		const unregister = unsavedInput.register(this.recordId, () => this.flush());
		attached.set(this.recordId, (attached.get(this.recordId) ?? 0) + 1);
		return () => {
			window.removeEventListener('pagehide', flushNow);
			document.removeEventListener('visibilitychange', onHidden);
			unregister();
			flushNow();
			attached.set(this.recordId, (attached.get(this.recordId) ?? 1) - 1);
		};
	}
}

function asString(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** Equal as stored: strings by value, lists and objects by their JSON (journal copies). */
function same(a: unknown, b: unknown): boolean {
	return (
		a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b))
	);
}
