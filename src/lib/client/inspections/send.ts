import type { z } from 'zod';
import {
	MAX_PHOTOS,
	missingChecks,
	zCompleteInspectionArgs,
	zInspectionPhotoArgs,
	zReportUnpermittedArgs,
	type CompleteInspectionArgs,
	type InspectionPhotoArgs,
	type InspectionView,
	type ReportUnpermittedArgs
} from '../../domain/inspection';
import type { MutationName } from '../../domain/mutations';
import type { InspectionDraftRow, OutboxRow } from '../db';
import { isMutation } from '../mutation-traits';
import type { SyncEngine } from '../sync-engine';

/**
 * "Send" of the inspection form and the report: everything is checked on the device first
 * (the same zod contracts the server parses, and the task's checklist), so a missing check
 * or deadline is a message at its field and nothing is queued. A valid form goes into the
 * outbox in the order the server needs (a report before its photos; a task's photos before
 * its result), with the draft marked sent, in one transaction: all of it or none.
 */

/** A problem at one field of the form: `field` is the element's id, `key` a catalogue key. */
export type FormError = { field: string; key: string; params?: Record<string, string | number> };

/** The outbox mutations of the inspection form (resolveConflict is not part of "send"). */
export const SEND_MUTATIONS: readonly MutationName[] = [
	'inspection.photo',
	'inspection.complete',
	'inspection.report'
];

/** Today in Rīga as YYYY-MM-DD: a deadline is a day where the inspector stands. */
export function rigaDay(now: number): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(now);
}

function issueErrors(issues: readonly z.core.$ZodIssue[], firstCheck: string): FormError[] {
	return issues.map((issue) => {
		const head = String(issue.path[0] ?? '');
		const known = issue.message.includes('.') && !issue.message.includes(' ');
		const key = known
			? issue.message
			: issue.code === 'too_big'
				? 'field.tooLong'
				: 'field.invalid';
		if (head === 'checks') {
			return { field: `check-${firstCheck}`, key };
		}
		if (head === 'photoIds') {
			return { field: 'photos', key: 'inspection.form.photo.tooMany', params: { max: MAX_PHOTOS } };
		}
		return { field: head || 'result', key };
	});
}

/** Photos of the draft the server has not had and the outbox does not already carry. */
function photosToSend(
	draft: InspectionDraftRow,
	view: Pick<InspectionView, 'photos'> | null,
	outbox: readonly OutboxRow[]
): InspectionDraftRow['photos'] {
	const known = new Set([
		...(view?.photos.map((p) => p.photoId) ?? []),
		...outbox
			.filter((row) => isMutation(row, 'inspection.photo'))
			.filter((row) => row.status !== 'rejected')
			.map((row) => row.args.photoId)
	]);
	return draft.photos.filter((p) => !known.has(p.photoId));
}

function photoArgs(
	draft: InspectionDraftRow,
	photos: InspectionDraftRow['photos']
): { ok: true; args: InspectionPhotoArgs[] } | { ok: false; errors: FormError[] } {
	const args: InspectionPhotoArgs[] = [];
	for (const photo of photos) {
		const parsed = zInspectionPhotoArgs.safeParse({
			...photo,
			inspectionId: draft.id,
			municipalityId: draft.municipalityId
		});
		if (!parsed.success) {
			return { ok: false, errors: [{ field: 'photos', key: 'field.invalid' }] };
		}
		args.push(parsed.data);
	}
	return { ok: true, args };
}

export type TaskSend =
	| { ok: true; photos: InspectionPhotoArgs[]; complete: CompleteInspectionArgs }
	| { ok: false; errors: FormError[] };

/** The mutations a task's form makes, or every problem with it (pure). */
export function taskMutations(
	view: InspectionView,
	draft: InspectionDraftRow,
	outbox: readonly OutboxRow[],
	now: number
): TaskSend {
	const errors: FormError[] = missingChecks(view.checklist, draft.checks).map((key) => ({
		field: `check-${key}`,
		key: 'inspection.checkRequired'
	}));
	if (draft.result === null) {
		errors.push({ field: 'result', key: 'inspection.form.result.required' });
	}
	const deadline = draft.result === 'defects' ? draft.defectDeadline || null : null;
	if (deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < rigaDay(now)) {
		errors.push({ field: 'defectDeadline', key: 'date.past' });
	}
	const parsed = zCompleteInspectionArgs.safeParse({
		inspectionId: draft.id,
		municipalityId: draft.municipalityId,
		taskVersion: view.version,
		checks: draft.checks,
		position: draft.position,
		notes: draft.notes,
		// Stands in for a missing result, whose own message is above, so the rest still shows.
		result: draft.result ?? 'compliant',
		defectDeadline: deadline,
		photoIds: draft.photos.map((p) => p.photoId),
		completedAt: now
	});
	if (!parsed.success) {
		errors.push(...issueErrors(parsed.error.issues, view.checklist[0] ?? 'design'));
	}
	const photos = photoArgs(draft, photosToSend(draft, view, outbox));
	if (!photos.ok) {
		errors.push(...photos.errors);
	}
	if (errors.length > 0 || !parsed.success || !photos.ok) {
		return { ok: false, errors: dedupe(errors) };
	}
	return { ok: true, photos: photos.args, complete: parsed.data };
}

export type ReportSend =
	| { ok: true; report: ReportUnpermittedArgs; photos: InspectionPhotoArgs[] }
	| { ok: false; errors: FormError[] };

/** The mutations a report makes, or every problem with it (pure). */
export function reportMutations(
	draft: InspectionDraftRow,
	outbox: readonly OutboxRow[],
	now: number
): ReportSend {
	const errors: FormError[] = [];
	if (draft.position === null) {
		errors.push({ field: 'position', key: 'inspection.form.position.required' });
	}
	const parsed = zReportUnpermittedArgs.safeParse({
		inspectionId: draft.id,
		municipalityId: draft.municipalityId,
		position: draft.position,
		description: draft.description,
		notes: draft.notes,
		reportedAt: now
	});
	if (!parsed.success) {
		// The missing position has its own message above.
		const rest = parsed.error.issues.filter((i) => i.path[0] !== 'position' || draft.position);
		errors.push(...issueErrors(rest, 'design'));
	}
	const photos = photoArgs(draft, photosToSend(draft, null, outbox));
	if (!photos.ok) {
		errors.push(...photos.errors);
	}
	if (errors.length > 0 || !parsed.success || !photos.ok) {
		return { ok: false, errors: dedupe(errors) };
	}
	return { ok: true, report: parsed.data, photos: photos.args };
}

function dedupe(errors: FormError[]): FormError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const id = `${e.field}|${e.key}`;
		return seen.has(id) ? false : (seen.add(id), true);
	});
}

export type SendResult = { ok: true; mutationIds: number[] } | { ok: false; errors: FormError[] };

/**
 * Queues the draft: validated again inside the transaction against what is stored then,
 * so a photo added in another tab a moment ago is not left behind. `view` is the pulled
 * task, or null for a report. The caller asks the session to sync afterwards.
 */
export async function sendDraft(
	engine: SyncEngine,
	draftId: string,
	view: InspectionView | null,
	now = Date.now()
): Promise<SendResult> {
	const { db } = engine;
	return db.transaction('rw', db.tables, async (): Promise<SendResult> => {
		const draft = await db.inspectionDrafts.get(draftId);
		if (!draft) {
			return { ok: false, errors: [{ field: 'result', key: 'inspection.form.notOnDevice' }] };
		}
		if (draft.sentAt !== null) {
			return { ok: true, mutationIds: [] };
		}
		const outbox = await db.outbox.where('recordId').equals(draftId).toArray();
		const ids: number[] = [];
		if (draft.kind === 'report') {
			const planned = reportMutations(draft, outbox, now);
			if (!planned.ok) {
				return planned;
			}
			// The report makes the inspection on the server; its photos need it to exist.
			const reportSent = outbox.some(
				(r) => r.name === 'inspection.report' && r.status !== 'rejected'
			);
			if (!reportSent) {
				ids.push(await engine.mutate('inspection.report', planned.report, draftId));
			}
			for (const photo of planned.photos) {
				ids.push(await engine.mutate('inspection.photo', photo, draftId));
			}
		} else {
			if (!view || view.id !== draftId) {
				return { ok: false, errors: [{ field: 'result', key: 'inspection.form.notOnDevice' }] };
			}
			const planned = taskMutations(view, draft, outbox, now);
			if (!planned.ok) {
				return planned;
			}
			for (const photo of planned.photos) {
				ids.push(await engine.mutate('inspection.photo', photo, draftId));
			}
			ids.push(await engine.mutate('inspection.complete', planned.complete, draftId));
		}
		await db.inspectionDrafts.update(draftId, { sentAt: now, updatedAt: now });
		return { ok: true, mutationIds: ids };
	});
}

export type SendStatus =
	| { phase: 'editing' }
	| { phase: 'waiting'; pending: number }
	| { phase: 'sent' }
	| { phase: 'synced' }
	| { phase: 'refused'; code: string; issues: { path: string; message: string }[] };

/**
 * Where the sent result is: in the outbox unsent (waiting), accepted by the server but not
 * yet pulled back (sent), pulled (synced), or refused (with the server's reason).
 */
export function sendStatus(
	draft: Pick<InspectionDraftRow, 'sentAt'>,
	outbox: readonly OutboxRow[],
	view: Pick<InspectionView, 'status' | 'outcome' | 'kind'> | null
): SendStatus {
	if (draft.sentAt === null) {
		return { phase: 'editing' };
	}
	const ours = outbox.filter((row) => SEND_MUTATIONS.includes(row.name));
	const refused = ours.find((row) => row.status === 'rejected');
	if (refused) {
		return {
			phase: 'refused',
			code: refused.error?.code ?? 'default',
			issues: refused.error?.issues ?? []
		};
	}
	const pending = ours.filter((row) => row.status === 'pending').length;
	if (pending > 0) {
		return { phase: 'waiting', pending };
	}
	const arrived = view !== null && (view.kind === 'report' || view.outcome !== null);
	return ours.length === 0 && arrived ? { phase: 'synced' } : { phase: 'sent' };
}

/**
 * After a refusal: the refused rows go (the reason was shown) and the draft is editable
 * again, everything on it kept. Photos the server already took are not sent twice.
 */
export async function reopenDraft(engine: SyncEngine, draftId: string): Promise<void> {
	const { db } = engine;
	await db.transaction('rw', db.tables, async () => {
		const refused = await db.outbox
			.where('recordId')
			.equals(draftId)
			.filter((row) => row.status === 'rejected' && SEND_MUTATIONS.includes(row.name))
			.primaryKeys();
		await db.outbox.bulkDelete(refused);
		await db.inspectionDrafts.update(draftId, { sentAt: null, updatedAt: Date.now() });
	});
}

/** "Sapratu": the inspector has read the officer's change; queued like any other change. */
export async function acknowledgeConflict(engine: SyncEngine, view: InspectionView): Promise<void> {
	await engine.mutate(
		'inspection.resolveConflict',
		{ inspectionId: view.id, municipalityId: view.municipalityId },
		view.id
	);
}
