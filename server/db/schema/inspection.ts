import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
	CheckKey,
	DesignFile,
	InspectionConflict,
	InspectionKind,
	InspectionOutcome,
	InspectionStatus,
	InspectionSubject
} from '../../../src/lib/domain/inspection';
import { application } from './application';
import { blob } from './attachment';
import { createdAt, updatedAt } from './columns';
import { person } from './identity';
import { municipality } from './municipality';

// A field inspection of an advertising site (issue 7): a task an officer or the periodic
// schedule gave an inspector, or a report of an unpermitted ad made on site. What is
// inspected, the checklist and the limits are a snapshot taken when the task was made, so
// the inspector's offline copy and the server agree on what was asked.
export const inspection = sqliteTable(
	'inspection',
	{
		// UUIDv7: made on the server for a task, on the inspector's device for a report.
		id: text('id').primaryKey(),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		service: text('service').notNull(),
		kind: text('kind').$type<InspectionKind>().notNull(),
		status: text('status').$type<InspectionStatus>().notNull(),
		// The permit application inspected; null for a report's case.
		applicationId: text('application_id').references(() => application.id),
		permitNumber: text('permit_number'),
		// A re-inspection follows this inspection.
		followsId: text('follows_id'),
		inspectorId: text('inspector_id').references(() => person.id),
		// The inspector it was taken from: their device is told it is no longer theirs.
		previousInspectorId: text('previous_inspector_id').references(() => person.id),
		dueOn: text('due_on'),
		instructions: text('instructions').notNull(),
		subject: text('subject', { mode: 'json' }).$type<InspectionSubject>().notNull(),
		checklist: text('checklist', { mode: 'json' }).$type<CheckKey[]>().notNull(),
		maxDistanceMetres: real('max_distance_metres').notNull(),
		maxAccuracyMetres: real('max_accuracy_metres').notNull(),
		designFiles: text('design_files', { mode: 'json' }).$type<DesignFile[]>().notNull(),
		outcome: text('outcome', { mode: 'json' }).$type<InspectionOutcome>(),
		description: text('description'),
		conflict: text('conflict', { mode: 'json' }).$type<InspectionConflict>(),
		closingNote: text('closing_note'),
		createdBy: text('created_by').references(() => person.id),
		version: integer('version').notNull(),
		serverSeq: integer('server_seq').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('inspection_municipality_status_idx').on(t.municipalityId, t.status, t.kind),
		index('inspection_application_idx').on(t.applicationId),
		index('inspection_inspector_seq_idx').on(t.inspectorId, t.serverSeq),
		index('inspection_previous_inspector_idx').on(t.previousInspectorId),
		index('inspection_server_seq_idx').on(t.serverSeq)
	]
);

// A photo taken at an inspection: its bytes are a blob the inspector uploads like any
// attachment ('expected' until their verified bytes arrive).
export const inspectionPhoto = sqliteTable(
	'inspection_photo',
	{
		// UUIDv7 made on the device.
		id: text('id').primaryKey(),
		inspectionId: text('inspection_id')
			.notNull()
			.references(() => inspection.id),
		municipalityId: text('municipality_id')
			.notNull()
			.references(() => municipality.id),
		takenBy: text('taken_by')
			.notNull()
			.references(() => person.id),
		sha256: text('sha256')
			.notNull()
			.references(() => blob.sha256),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		takenAt: integer('taken_at').notNull(),
		lat: real('lat'),
		lon: real('lon'),
		accuracyMetres: real('accuracy_metres'),
		positionAt: integer('position_at'),
		status: text('status', { enum: ['expected', 'present'] }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('inspection_photo_inspection_idx').on(t.inspectionId),
		index('inspection_photo_taker_idx').on(t.takenBy, t.sha256)
	]
);

// What an officer changed on a task, version by version: a result made offline on an older
// version is compared with exactly these changes, and shown as a conflict when it met any.
export const inspectionChange = sqliteTable(
	'inspection_change',
	{
		inspectionId: text('inspection_id')
			.notNull()
			.references(() => inspection.id),
		version: integer('version').notNull(),
		field: text('field').notNull(),
		before: text('before'),
		after: text('after'),
		actorId: text('actor_id').references(() => person.id),
		createdAt: createdAt()
	},
	(t) => [index('inspection_change_idx').on(t.inspectionId, t.version)]
);
