import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { uuidv7 } from '../../src/lib/domain/ids';
import { dueDayProblem } from '../../src/lib/domain/inspection';
import { todayInLatvia } from '../../src/lib/domain/time';
import type {
	InspectionView,
	InspectorView,
	ScheduleInspectionInput,
	UpdateInspectionInput
} from '../../src/lib/domain/inspection';
import type { Db, DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { toInspectionViews } from './inspection-view';
import { inspectionsRepo, type InspectionRow } from './inspections.repo';
import { handlesInspections, inspectedServiceIds, setupFor } from './setup';
import { noticeOfTask } from './inspection-notices';
import { designFilesOf, subjectOf } from './subject';
import { sequenceRepo } from '../kernel/sequence.repo';
import { applicationRecords } from '../applications/applications.service';
import { permitRecords } from '../decisions/decision.service';
import { people } from '../identity/people.service';

/** Officers see inspections only where they handle the inspected service. */
function checkScope(tenant: Tenant) {
	if (!handlesInspections(tenant.services)) {
		throw new TRPCError({ code: 'FORBIDDEN', message: 'inspection.noRole' });
	}
}

function found(db: DbOrTx, tenant: Tenant, id: string): InspectionRow {
	checkScope(tenant);
	const row = inspectionsRepo.find(db, tenant.municipalityId, id);
	if (!row) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'inspection.notFound' });
	}
	return row;
}

export function listInspections(
	db: DbOrTx,
	tenant: Tenant,
	filter: { applicationId?: string; kind?: string; status?: string }
): InspectionView[] {
	checkScope(tenant);
	return toInspectionViews(db, inspectionsRepo.list(db, tenant.municipalityId, filter));
}

export function getInspection(db: DbOrTx, tenant: Tenant, id: string): InspectionView {
	const [view] = toInspectionViews(db, [found(db, tenant, id)]);
	if (!view) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'inspection.notFound' });
	}
	return view;
}

/** The municipality's inspectors (a role for every service, or for the permit's). */
export function inspectors(db: DbOrTx, tenant: Tenant): InspectorView[] {
	checkScope(tenant);
	const rows = people.holdersOf(db, 'inspector', tenant.municipalityId);
	const seen = new Set<string>();
	return rows
		.filter((r) => handlesInspections([r.service]))
		.filter((r) => !seen.has(r.id) && seen.add(r.id))
		.map((r) => ({ id: r.id, name: `${r.givenName} ${r.surname}` }));
}

function requireInspector(db: DbOrTx, tenant: Tenant, inspectorId: string) {
	if (!inspectors(db, tenant).some((i) => i.id === inspectorId)) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.notInspector' });
	}
}

/**
 * An officer gives an inspector a task on a permit application (before the decision, after
 * installation, periodically) or a re-inspection of an earlier inspection or report. What
 * is inspected, the checklist and the limits are copied in now (see subject.ts).
 */
export function scheduleInspection(
	db: Db,
	tenant: Tenant,
	actor: Actor | null,
	input: ScheduleInspectionInput,
	now: number
): { id: string } {
	checkScope(tenant);
	checkDueDay(input.dueOn, now);
	return db.transaction((tx) => {
		requireInspector(tx, tenant, input.inspectorId);
		const earlier = input.followsId ? found(tx, tenant, input.followsId) : null;
		const applicationId = input.applicationId ?? earlier?.applicationId ?? null;
		const app = applicationId ? applicationRecords.findSubmitted(tx, tenant, applicationId) : null;
		if (applicationId && (!app || !inspectedServiceIds().includes(app.service))) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'inspection.noApplication' });
		}
		if (!app && !earlier) {
			throw new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.nothingToInspect' });
		}
		if (input.kind === 'reinspection' && !earlier) {
			throw new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.reinspectionNeedsEarlier' });
		}
		const subject = app ? subjectOf(app) : (earlier as InspectionRow).subject;
		const service = app?.service ?? (earlier as InspectionRow).service;
		const setup = setupFor(tx, tenant.municipalityId, service, subject.permitKind);
		const permit = app ? permitRecords.findPermit(tx, app.id) : null;
		const id = uuidv7(now);
		inspectionsRepo.insert(tx, {
			id,
			municipalityId: tenant.municipalityId,
			service,
			kind: input.kind,
			status: 'assigned',
			applicationId: app?.id ?? null,
			permitNumber: permit?.number ?? earlier?.permitNumber ?? null,
			followsId: earlier?.id ?? null,
			inspectorId: input.inspectorId,
			previousInspectorId: null,
			dueOn: input.dueOn,
			instructions: input.instructions,
			subject,
			checklist: setup.checklist,
			maxDistanceMetres: setup.maxDistanceMetres,
			maxAccuracyMetres: setup.maxAccuracyMetres,
			designFiles: app ? designFilesOf(tx, app) : [],
			outcome: null,
			description: earlier?.description ?? null,
			conflict: null,
			closingNote: null,
			createdBy: actor?.id ?? null,
			version: 1,
			serverSeq: sequenceRepo.nextSeq(tx),
			createdAt: now,
			updatedAt: now
		});
		noticeOfTask(
			tx,
			{
				id,
				municipalityId: tenant.municipalityId,
				service,
				applicationId: app?.id ?? null,
				kind: input.kind,
				dueOn: input.dueOn,
				permitNumber: permit?.number ?? earlier?.permitNumber ?? null,
				inspectorId: input.inspectorId,
				registrationNumber: app?.registrationNumber ?? null
			},
			now
		);
		return { id };
	});
}

function stale(row: InspectionRow, version: number) {
	if (row.version !== version) {
		throw new TRPCError({ code: 'CONFLICT', message: 'inspection.stale' });
	}
}

/** Writes the officer's changes as one new version, each change recorded for conflicts. */
function writeOfficerChange(
	tx: DbOrTx,
	row: InspectionRow,
	actor: Actor,
	changes: { field: string; before: string | null; after: string | null }[],
	values: Partial<InspectionRow>,
	now: number
): { version: number } {
	const version = row.version + 1;
	inspectionsRepo.update(tx, row.municipalityId, row.id, {
		...values,
		version,
		serverSeq: sequenceRepo.nextSeq(tx),
		updatedAt: now
	});
	inspectionsRepo.insertChanges(
		tx,
		changes.map((c) => ({ inspectionId: row.id, version, actorId: actor.id, createdAt: now, ...c }))
	);
	return { version };
}

/** Refuses, at the `dueOn` field, a due day that is not a day or is before today in Latvia. */
function checkDueDay(dueOn: string, now: number): void {
	const problem = dueDayProblem(dueOn, todayInLatvia(now));
	if (problem) {
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: problem,
			// ZodRealError (an Error): the error formatter puts its issue at the field.
			cause: new z.ZodRealError([
				{ code: 'custom', path: ['dueOn'], message: problem, input: dueOn }
			])
		});
	}
}

/** Change an open task's due day, instructions or inspector; a stale version is refused. */
export function updateInspection(
	db: Db,
	tenant: Tenant,
	actor: Actor,
	input: UpdateInspectionInput,
	now: number
): { version: number } {
	return db.transaction((tx) => {
		const row = found(tx, tenant, input.inspectionId);
		stale(row, input.version);
		if (row.status !== 'assigned') {
			throw new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.notOpen' });
		}
		if (input.inspectorId !== undefined) {
			requireInspector(tx, tenant, input.inspectorId);
		}
		const changes: { field: string; before: string | null; after: string | null }[] = [];
		const values: Partial<InspectionRow> = {};
		if (input.dueOn !== undefined && input.dueOn !== row.dueOn) {
			// Only a new day is checked: a task already overdue keeps its day through other edits.
			checkDueDay(input.dueOn, now);
			changes.push({ field: 'dueOn', before: row.dueOn, after: input.dueOn });
			values.dueOn = input.dueOn;
		}
		if (input.instructions !== undefined && input.instructions !== row.instructions) {
			changes.push({ field: 'instructions', before: row.instructions, after: input.instructions });
			values.instructions = input.instructions;
		}
		if (input.inspectorId !== undefined && input.inspectorId !== row.inspectorId) {
			const names = people.namesOf(tx, [row.inspectorId ?? '', input.inspectorId]);
			changes.push({
				field: 'inspectorId',
				before: row.inspectorId ? (names.get(row.inspectorId) ?? row.inspectorId) : null,
				after: names.get(input.inspectorId) ?? input.inspectorId
			});
			values.inspectorId = input.inspectorId;
			values.previousInspectorId = row.inspectorId;
		}
		if (changes.length === 0) {
			return { version: row.version };
		}
		if (values.inspectorId) {
			const number = applicationRecords.registrationNumbers(
				tx,
				row.applicationId ? [row.applicationId] : []
			);
			noticeOfTask(
				tx,
				{
					...row,
					dueOn: values.dueOn ?? row.dueOn,
					inspectorId: values.inspectorId,
					registrationNumber: row.applicationId ? (number.get(row.applicationId) ?? null) : null
				},
				now
			);
		}
		return writeOfficerChange(tx, row, actor, changes, values, now);
	});
}

/** Cancel an open task, or close a done one or a report, saying why. */
export function closeInspection(
	db: Db,
	tenant: Tenant,
	actor: Actor,
	input: { inspectionId: string; version: number; note: string },
	how: 'cancel' | 'close',
	now: number
): { version: number } {
	return db.transaction((tx) => {
		const row = found(tx, tenant, input.inspectionId);
		stale(row, input.version);
		const from = how === 'cancel' ? 'assigned' : 'done';
		if (row.status !== from) {
			throw new TRPCError({ code: 'BAD_REQUEST', message: 'inspection.notOpen' });
		}
		const status = how === 'cancel' ? 'cancelled' : 'closed';
		return writeOfficerChange(
			tx,
			row,
			actor,
			[{ field: 'status', before: row.status, after: status }],
			{ status, closingNote: input.note },
			now
		);
	});
}

/** The officer has read the conflict: it is kept, marked resolved. */
export function resolveConflictAsOfficer(
	db: Db,
	tenant: Tenant,
	inspectionId: string,
	now: number
): { version: number } {
	return db.transaction((tx) => {
		const row = found(tx, tenant, inspectionId);
		if (row.conflict?.status !== 'open') {
			return { version: row.version };
		}
		const version = row.version + 1;
		inspectionsRepo.update(tx, row.municipalityId, row.id, {
			conflict: { ...row.conflict, status: 'resolved', resolvedBy: 'officer' },
			version,
			serverSeq: sequenceRepo.nextSeq(tx),
			updatedAt: now
		});
		return { version };
	});
}
