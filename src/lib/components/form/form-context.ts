import { getContext, setContext } from 'svelte';
import type { ApplicationSyncStatus } from '$lib/client/application-status';
import type { ClientSession } from '$lib/client/client-session.svelte';
import type { ApplicationRecord, OutboxRow } from '$lib/client/db';
import type { DraftEditor } from '$lib/client/draft-editor.svelte';
import type { Institution } from '$lib/domain/tenant';
import type { Answers, EServiceDefinition, MunicipalContext } from '$lib/services/types';

/** One application being filled in, shared by its task list, step pages and check page. */
export interface ApplicationForm {
	readonly def: EServiceDefinition;
	readonly session: ClientSession;
	readonly record: ApplicationRecord;
	readonly outbox: readonly OutboxRow[];
	readonly institutions: readonly Institution[];
	readonly municipal: MunicipalContext;
	/** The answers as typed (autosaved by the editor). */
	readonly editor: DraftEditor<unknown>;
	readonly answers: Answers;
	/** The application's own address: /{municipality}/{service}/{id}. */
	readonly base: string;
	/** Submission is queued, or review has started: the answers are read-only. */
	readonly frozen: boolean;
	readonly status: ApplicationSyncStatus;
	/** Steps the person has been through on this device (for the task list's statuses). */
	readonly visited: ReadonlySet<string>;
	/** Records that "continue" was pressed on a step with nothing left to fix. */
	markVisited(stepId: string): Promise<void>;
}

const KEY = Symbol('application-form');

export function setApplicationForm(form: ApplicationForm): void {
	setContext(KEY, form);
}

export function getApplicationForm(): ApplicationForm {
	const form = getContext<ApplicationForm | undefined>(KEY);
	if (!form) {
		throw new Error('getApplicationForm outside an application layout');
	}
	return form;
}
