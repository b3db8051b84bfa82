import {
	MAX_PHOTOS,
	missingChecks,
	unknownChecks,
	type InspectionConflict
} from '../../src/lib/domain/inspection';
import { todayInLatvia } from '../../src/lib/domain/time';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { Actor } from '../kernel/context';
import { inspectionsRepo, type InspectionRow } from './inspections.repo';
import { handlesInspections, inspectionService, setupFor } from './setup';
import { sequenceRepo } from '../kernel/sequence.repo';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import { claimContent } from '../attachments/possession.service';
import { inspectorPhotoFiles } from './photo-files.service';
import { people } from '../identity/people.service';

/**
 * The inspector's sync mutations (issue 7): photos, the result of a task, a report of an
 * unpermitted ad, and reading a conflict. They arrive from a device that may have been
 * offline for days, so a result is never thrown away because the task changed meanwhile:
 * the change is kept beside it as a conflict both sides see.
 */

/** The person inspects in this municipality (for every service, or for permits). */
function requireInspectorRole(db: DbOrTx, actor: Actor, municipalityId: string) {
	const services = people.roleServices(db, actor.id, 'inspector', municipalityId);
	if (!handlesInspections(services)) {
		throw new MutationRejected('FORBIDDEN');
	}
}

/** A task or report of this inspector's (or taken from them while they were offline). */
function ownInspection(db: DbOrTx, actor: Actor, municipalityId: string, id: string) {
	requireInspectorRole(db, actor, municipalityId);
	const row = inspectionsRepo.find(db, municipalityId, id);
	if (!row || (row.inspectorId !== actor.id && row.previousInspectorId !== actor.id)) {
		throw new MutationRejected('NOT_FOUND');
	}
	return row;
}

function bump(db: DbOrTx, row: InspectionRow, values: Partial<InspectionRow>, now: number) {
	inspectionsRepo.update(db, row.municipalityId, row.id, {
		...values,
		version: row.version + 1,
		serverSeq: sequenceRepo.nextSeq(db),
		updatedAt: now
	});
}

/** `inspection.photo`: the photo is expected; its bytes follow as this person's upload. */
export function addInspectionPhoto(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'inspection.photo'>,
	now: number
) {
	const row = ownInspection(db, actor, args.municipalityId, args.inspectionId);
	if (row.status === 'closed') {
		throw new MutationRejected('STALE_STATE');
	}
	if (inspectionsRepo.countPhotos(db, row.id) >= MAX_PHOTOS) {
		throw new MutationRejected('ATTACHMENT_TOO_MANY');
	}
	const status = claimContent(db, actor.id, args, now, inspectorPhotoFiles);
	try {
		inspectionsRepo.insertPhoto(db, {
			id: args.photoId,
			inspectionId: row.id,
			municipalityId: row.municipalityId,
			takenBy: actor.id,
			sha256: args.sha256,
			mime: args.mime,
			size: args.size,
			takenAt: args.takenAt,
			lat: args.position?.lat ?? null,
			lon: args.position?.lon ?? null,
			accuracyMetres: args.position?.accuracyMetres ?? null,
			positionAt: args.position?.at ?? null,
			status,
			createdAt: now
		});
	} catch (error) {
		if (
			error instanceof Error &&
			'code' in error &&
			error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
		) {
			throw new MutationRejected('ID_TAKEN');
		}
		throw error;
	}
	return { status };
}

/**
 * `inspection.complete`: the result of a task. Every check of the task's list must be
 * answered; a defect needs a deadline not in the past. When an officer changed the task
 * after the device's copy (due day, instructions, inspector, a cancellation), the result is
 * kept and those changes become an open conflict.
 */
export function completeInspection(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'inspection.complete'>,
	now: number
) {
	const row = ownInspection(db, actor, args.municipalityId, args.inspectionId);
	// Check keys are each service's own: answers to checks the task's service does not know
	// are refused, as the wire contract refused them when every check was an advertising one.
	const known = inspectionService(row.service).inspection.checks.map((c) => c.key);
	const unknown = unknownChecks(known, args.checks);
	if (unknown.length > 0) {
		throw new MutationRejected(
			'INVALID_ARGS',
			unknown.map((key) => ({ path: `checks.${key}`, message: 'field.invalid' }))
		);
	}
	if (row.status !== 'assigned' && row.status !== 'cancelled') {
		throw new MutationRejected('ALREADY_DONE');
	}
	const issues = missingChecks(row.checklist, args.checks).map((key) => ({
		path: `checks.${key}`,
		message: 'inspection.checkRequired'
	}));
	if (args.defectDeadline && args.defectDeadline < todayInLatvia(args.completedAt)) {
		issues.push({ path: 'defectDeadline', message: 'inspection.deadlinePast' });
	}
	const photoIds = new Set(inspectionsRepo.photosOf(db, [row.id]).map((p) => p.id));
	if (args.photoIds.some((id) => !photoIds.has(id))) {
		issues.push({ path: 'photoIds', message: 'inspection.photoUnknown' });
	}
	if (issues.length > 0) {
		throw new MutationRejected('INVALID_ARGS', issues);
	}
	const changes = inspectionsRepo.changesSince(db, row.id, args.taskVersion);
	const conflict: InspectionConflict | null =
		changes.length > 0
			? {
					status: 'open',
					baseVersion: args.taskVersion,
					serverVersion: row.version,
					changes: changes.map((c) => ({
						field: c.field as InspectionConflict['changes'][number]['field'],
						before: c.before,
						after: c.after
					})),
					at: now,
					resolvedBy: null
				}
			: null;
	bump(
		db,
		row,
		{
			status: 'done',
			outcome: {
				checks: args.checks,
				position: args.position,
				notes: args.notes,
				result: args.result,
				defectDeadline: args.result === 'defects' ? args.defectDeadline : null,
				completedAt: args.completedAt,
				receivedAt: now
			},
			conflict
		},
		now
	);
	return { conflict: conflict !== null };
}

/** `inspection.report`: an unpermitted ad found on site becomes a case for the officers. */
export function reportUnpermitted(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'inspection.report'>,
	now: number
) {
	requireInspectorRole(db, actor, args.municipalityId);
	if (inspectionsRepo.find(db, args.municipalityId, args.inspectionId)) {
		throw new MutationRejected('ID_TAKEN');
	}
	const service = inspectionService(null).id;
	const setup = setupFor(db, args.municipalityId, service, null);
	try {
		inspectionsRepo.insert(db, {
			id: args.inspectionId,
			municipalityId: args.municipalityId,
			service,
			kind: 'report',
			status: 'done',
			applicationId: null,
			permitNumber: null,
			followsId: null,
			inspectorId: actor.id,
			previousInspectorId: null,
			dueOn: null,
			instructions: '',
			subject: {
				permitKind: null,
				holder: '—',
				location: args.description,
				lat: args.position.lat,
				lon: args.position.lon,
				validFrom: null,
				validTo: null
			},
			checklist: [],
			maxDistanceMetres: setup.maxDistanceMetres,
			maxAccuracyMetres: setup.maxAccuracyMetres,
			designFiles: [],
			outcome: {
				checks: {},
				position: args.position,
				notes: args.notes,
				result: 'unpermitted',
				defectDeadline: null,
				completedAt: args.reportedAt,
				receivedAt: now
			},
			description: args.description,
			conflict: null,
			closingNote: null,
			createdBy: actor.id,
			version: 1,
			serverSeq: sequenceRepo.nextSeq(db),
			createdAt: now,
			updatedAt: now
		});
	} catch (error) {
		if (
			error instanceof Error &&
			'code' in error &&
			error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
		) {
			throw new MutationRejected('ID_TAKEN');
		}
		throw error;
	}
	return { id: args.inspectionId };
}

/** `inspection.resolveConflict`: the inspector has read what the officer changed. */
export function resolveConflictAsInspector(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'inspection.resolveConflict'>,
	now: number
) {
	const row = ownInspection(db, actor, args.municipalityId, args.inspectionId);
	if (row.conflict?.status === 'open') {
		bump(
			db,
			row,
			{ conflict: { ...row.conflict, status: 'resolved', resolvedBy: 'inspector' } },
			now
		);
	}
	return null;
}
