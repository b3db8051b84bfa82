import { z } from 'zod';
import { zSha256 } from './attachments';
import { isCalendarDate } from './calendar/dates';
import { zMeasuredPosition } from './geo/position';
import { zMunicipalityId } from './names';
import { zRecordId } from './sync';

/**
 * Field inspections of what an e-service permitted (issue 7; the services with the `inspection`
 * capability, advertising sites first): the contracts shared by the inspector's
 * offline app, the sync mutations it queues and the officers' back office. An inspection is
 * a task an officer (or the periodic schedule) gives an inspector, or a report an inspector
 * makes of an unpermitted ad found on site. The device keeps the task and its files and
 * completes it offline; the result goes up as one mutation, its photos as files.
 */

export const INSPECTION_KINDS = [
	/** Before the permit is decided: is the place fit for it? */
	'preDecision',
	/** After installation: Rīga requires photos of the installed object. */
	'installation',
	/** Of an issued permit, by the municipality's period. */
	'periodic',
	/** A follow-up of an earlier inspection (a defect's deadline, a doubtful result). */
	'reinspection',
	/** An unpermitted ad an inspector found and reported on site. */
	'report'
] as const;
export const zInspectionKind = z.enum(INSPECTION_KINDS);
export type InspectionKind = z.infer<typeof zInspectionKind>;

/** Kinds an officer schedules (a report is made in the field). */
export const zScheduledKind = z.enum(['preDecision', 'installation', 'periodic', 'reinspection']);

/**
 * assigned: waiting for the inspector; done: the result arrived; cancelled: the officer
 * withdrew it; closed: the officer dealt with the result or the report.
 */
export const INSPECTION_STATUSES = ['assigned', 'done', 'cancelled', 'closed'] as const;
export const zInspectionStatus = z.enum(INSPECTION_STATUSES);
export type InspectionStatus = z.infer<typeof zInspectionStatus>;

/**
 * The key of a check an inspector may be asked to answer. Each e-service with field
 * inspections declares its own checks (`InspectionCapability.checks`); the task's checklist,
 * copied into it when made, says which the result must answer, and the server refuses any
 * other (`unknownChecks`).
 */
export const zCheckKey = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/);
export type CheckKey = z.infer<typeof zCheckKey>;

/** yes: as permitted; no: a defect; na: does not apply here (an unlit sign's lighting). */
export const zCheckAnswer = z.enum(['yes', 'no', 'na']);
export type CheckAnswer = z.infer<typeof zCheckAnswer>;

export const zInspectionResult = z.enum(['compliant', 'defects', 'unpermitted']);
export type InspectionResult = z.infer<typeof zInspectionResult>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const zIsoDay = z.string().regex(ISO_DAY, 'date.format');

/**
 * What is wrong with a due day an officer sets, if anything, as citizen dates are checked: it
 * must be a real calendar day and not before today in Latvia (`today` from todayInLatvia), or
 * the task would be overdue the moment it is made. Today itself is allowed.
 */
export function dueDayProblem(dueOn: string, today: string): 'date.format' | 'date.past' | null {
	if (!isCalendarDate(dueOn)) {
		return 'date.format';
	}
	return dueOn < today ? 'date.past' : null;
}

/** Where the device was, how sure it was (m) and when: what navigator.geolocation gave. */
export const zDevicePosition = zMeasuredPosition.extend({
	at: z.number().int().nonnegative()
});
export type DevicePosition = z.infer<typeof zDevicePosition>;

/** Inspection photos are downscaled JPEGs (or PNGs the browser could not re-encode). */
export const zPhotoMime = z.enum(['image/jpeg', 'image/png']);
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 20;

/** A photo as the device took it: its content's hash, when and where. */
export const zInspectionPhoto = z.object({
	photoId: zRecordId,
	sha256: zSha256,
	mime: zPhotoMime,
	size: z.number().int().positive().max(MAX_PHOTO_BYTES),
	takenAt: z.number().int().nonnegative(),
	position: zDevicePosition.nullable()
});
export type InspectionPhoto = z.infer<typeof zInspectionPhoto>;

const zNotes = z.string().trim().max(4000);

/** `inspection.photo`: a photo of a task or report; its bytes follow as an upload. */
export const zInspectionPhotoArgs = zInspectionPhoto.extend({
	inspectionId: zRecordId,
	municipalityId: zMunicipalityId
});
export type InspectionPhotoArgs = z.infer<typeof zInspectionPhotoArgs>;

/**
 * `inspection.complete`: the inspector's result. `taskVersion` is the task's version the
 * device had: when an officer changed the task since, the result is still kept and the
 * change is shown to both as a conflict (nothing is lost). Which checks are required is
 * the task's checklist, so the server checks that (`missingChecks`).
 */
export const zCompleteInspectionArgs = z
	.object({
		inspectionId: zRecordId,
		municipalityId: zMunicipalityId,
		taskVersion: z.number().int().nonnegative(),
		checks: z.record(zCheckKey, zCheckAnswer),
		position: zDevicePosition.nullable(),
		notes: zNotes,
		result: zInspectionResult,
		/** Required with defects: the day by which the holder must put them right. */
		defectDeadline: zIsoDay.nullable(),
		photoIds: z.array(zRecordId).max(MAX_PHOTOS),
		completedAt: z.number().int().nonnegative()
	})
	.superRefine((args, ctx) => {
		if (args.result === 'defects' && !args.defectDeadline) {
			ctx.addIssue({
				code: 'custom',
				path: ['defectDeadline'],
				message: 'inspection.deadlineRequired'
			});
		}
		if (args.result === 'defects' && !Object.values(args.checks).includes('no')) {
			ctx.addIssue({ code: 'custom', path: ['checks'], message: 'inspection.defectNotMarked' });
		}
	});
export type CompleteInspectionArgs = z.infer<typeof zCompleteInspectionArgs>;

/** The checks of the task's list not answered: each is a clear message, nothing is sent. */
export function missingChecks(
	checklist: readonly CheckKey[],
	checks: Partial<Record<CheckKey, CheckAnswer>>
): CheckKey[] {
	return checklist.filter((key) => !checks[key]);
}

/** Answers to checks not on the task's list: the result is refused (not of this task). */
export function unknownChecks(
	checklist: readonly CheckKey[],
	checks: Partial<Record<CheckKey, CheckAnswer>>
): CheckKey[] {
	return Object.keys(checks).filter((key) => !checklist.includes(key));
}

/**
 * `inspection.report`: an unpermitted ad found on site, made on the device (its id too).
 * It becomes a case in the officers' queue with its position; its photos follow it in the
 * outbox as `inspection.photo` mutations (a photo needs its inspection to exist).
 */
export const zReportUnpermittedArgs = z.object({
	inspectionId: zRecordId,
	municipalityId: zMunicipalityId,
	position: zDevicePosition,
	/** Where and what: "Brīvības iela 40, sienas reklāma uz fasādes". */
	description: z.string().trim().min(1, 'field.required').max(2000),
	notes: zNotes,
	reportedAt: z.number().int().nonnegative()
});
export type ReportUnpermittedArgs = z.infer<typeof zReportUnpermittedArgs>;

/** `inspection.resolveConflict`: the inspector has read what the officer changed. */
export const zResolveInspectionConflictArgs = z.object({
	inspectionId: zRecordId,
	municipalityId: zMunicipalityId
});

/**
 * What is inspected: a snapshot of the permit or application when the task was made. The
 * register's facts every inspected service has, and the service's own facts (numbers, texts
 * or null, e.g. an advertising object's width) under its own keys, which its
 * `inspection.subjectRows` shows; copies made before kept their keys, so they still parse.
 */
export const zInspectionSubject = z
	.object({
		permitKind: z.string().nullable(),
		holder: z.string(),
		location: z.string(),
		lat: z.number().nullable(),
		lon: z.number().nullable(),
		validFrom: z.string().nullable(),
		validTo: z.string().nullable()
	})
	.catchall(z.union([z.string(), z.number(), z.null()]));
export type InspectionSubject = z.infer<typeof zInspectionSubject>;

/** A file of the application the inspector takes along: the approved design. */
export const zDesignFile = z.object({
	attachmentId: zRecordId,
	sha256: zSha256,
	filename: z.string(),
	mime: z.string(),
	size: z.number().int().nonnegative()
});
export type DesignFile = z.infer<typeof zDesignFile>;

/** The fields an officer may change on a task; a change met by an offline result. */
export const TASK_FIELDS = ['dueOn', 'instructions', 'inspectorId', 'status'] as const;
export const zTaskField = z.enum(TASK_FIELDS);

export const zInspectionConflict = z.object({
	status: z.enum(['open', 'resolved']),
	/** The task's version the device had, and the one the result met. */
	baseVersion: z.number().int(),
	serverVersion: z.number().int(),
	changes: z.array(
		z.object({ field: zTaskField, before: z.string().nullable(), after: z.string().nullable() })
	),
	at: z.number().int(),
	resolvedBy: z.enum(['inspector', 'officer']).nullable()
});
export type InspectionConflict = z.infer<typeof zInspectionConflict>;

export const zInspectionOutcome = z.object({
	checks: z.record(zCheckKey, zCheckAnswer),
	position: zDevicePosition.nullable(),
	notes: z.string(),
	result: zInspectionResult,
	defectDeadline: z.string().nullable(),
	completedAt: z.number().int(),
	receivedAt: z.number().int()
});
export type InspectionOutcome = z.infer<typeof zInspectionOutcome>;

/** A photo as the back office sees it (status: have its bytes arrived?). */
export const zInspectionPhotoView = zInspectionPhoto.extend({
	status: z.enum(['expected', 'present'])
});
export type InspectionPhotoView = z.infer<typeof zInspectionPhotoView>;

/** One inspection as the inspector's device and the back office see it. */
export const zInspectionView = z.object({
	id: zRecordId,
	municipalityId: zMunicipalityId,
	/** The e-service inspected (its checks' names); absent in copies kept from before. */
	service: z.string().optional(),
	kind: zInspectionKind,
	status: zInspectionStatus,
	applicationId: zRecordId.nullable(),
	registrationNumber: z.string().nullable(),
	permitNumber: z.string().nullable(),
	/** The inspection this one follows up (a re-inspection). */
	followsId: zRecordId.nullable(),
	inspectorId: z.string().nullable(),
	inspectorName: z.string().nullable(),
	dueOn: z.string().nullable(),
	instructions: z.string(),
	subject: zInspectionSubject,
	checklist: z.array(zCheckKey),
	limits: z.object({ maxDistanceMetres: z.number(), maxAccuracyMetres: z.number() }),
	designFiles: z.array(zDesignFile),
	outcome: zInspectionOutcome.nullable(),
	/** For a report: what the inspector wrote of the place. */
	description: z.string().nullable(),
	photos: z.array(zInspectionPhotoView),
	conflict: zInspectionConflict.nullable(),
	/** Why the officer cancelled or closed it. */
	closingNote: z.string().nullable(),
	version: z.number().int(),
	createdAt: z.number().int(),
	updatedAt: z.number().int()
});
export type InspectionView = z.infer<typeof zInspectionView>;

// ---- Officer procedures (tRPC `inspections.*`) ----------------------------------------

export const zInspectionRef = z.object({
	municipalityId: zMunicipalityId,
	inspectionId: zRecordId
});

export const zScheduleInspectionInput = z.object({
	municipalityId: zMunicipalityId,
	/** The application or permit inspected (a permit is reached through its application). */
	applicationId: zRecordId.nullable(),
	/** A re-inspection follows this inspection (a report's case has no application). */
	followsId: zRecordId.nullable(),
	kind: zScheduledKind,
	inspectorId: z.string().min(1).max(60),
	dueOn: zIsoDay,
	instructions: z.string().trim().max(2000)
});
export type ScheduleInspectionInput = z.infer<typeof zScheduleInspectionInput>;

export const zUpdateInspectionInput = zInspectionRef.extend({
	version: z.number().int().nonnegative(),
	dueOn: zIsoDay.optional(),
	instructions: z.string().trim().max(2000).optional(),
	inspectorId: z.string().min(1).max(60).optional()
});
export type UpdateInspectionInput = z.infer<typeof zUpdateInspectionInput>;

/** Cancel a task, or close a done one or a report (with why). */
export const zCloseInspectionInput = zInspectionRef.extend({
	version: z.number().int().nonnegative(),
	note: z.string().trim().min(1, 'field.required').max(2000)
});

export const zInspectionListInput = z.object({
	municipalityId: zMunicipalityId,
	applicationId: zRecordId.optional(),
	kind: zInspectionKind.optional(),
	status: zInspectionStatus.optional()
});

export const zInspectorView = z.object({ id: z.string(), name: z.string() });
export type InspectorView = z.infer<typeof zInspectorView>;
