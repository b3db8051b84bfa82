import { and, asc, count, desc, eq, gt, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { inspection, inspectionChange, inspectionPhoto } from '../db/schema/inspection';

export type InspectionRow = typeof inspection.$inferSelect;
export type InspectionPhotoRow = typeof inspectionPhoto.$inferSelect;

/** At most this many inspections in one officer list; the filters narrow it. */
const LIST_LIMIT = 500;

// Inspections are tenant data: every read and write names the municipality, except the
// inspector's own pull, which is scoped by the person it is assigned to.
export const inspectionsRepo = {
	insert(db: DbOrTx, row: InspectionRow) {
		db.insert(inspection).values(row).run();
	},
	find(db: DbOrTx, municipalityId: string, id: string): InspectionRow | null {
		return (
			db
				.select()
				.from(inspection)
				.where(and(eq(inspection.id, id), eq(inspection.municipalityId, municipalityId)))
				.get() ?? null
		);
	},
	/** Writes every changed column in one UPDATE (one version, one history row). */
	update(db: DbOrTx, municipalityId: string, id: string, values: Partial<InspectionRow>) {
		db.update(inspection)
			.set(values)
			.where(and(eq(inspection.id, id), eq(inspection.municipalityId, municipalityId)))
			.run();
	},
	list(
		db: DbOrTx,
		municipalityId: string,
		filter: { applicationId?: string; kind?: string; status?: string }
	): InspectionRow[] {
		return db
			.select()
			.from(inspection)
			.where(
				and(
					eq(inspection.municipalityId, municipalityId),
					filter.applicationId ? eq(inspection.applicationId, filter.applicationId) : undefined,
					filter.kind ? eq(inspection.kind, filter.kind as InspectionRow['kind']) : undefined,
					filter.status
						? eq(inspection.status, filter.status as InspectionRow['status'])
						: undefined
				)
			)
			.orderBy(desc(inspection.createdAt), desc(inspection.id))
			.limit(LIST_LIMIT)
			.all();
	},
	/** The inspector's tasks and reports changed since `since`, and those taken from them. */
	changedForInspector(db: DbOrTx, personId: string, since: number): InspectionRow[] {
		return db
			.select()
			.from(inspection)
			.where(
				and(
					gt(inspection.serverSeq, since),
					or(eq(inspection.inspectorId, personId), eq(inspection.previousInspectorId, personId))
				)
			)
			.orderBy(asc(inspection.serverSeq))
			.all();
	},
	/** Open tasks on an application assigned to this person: they may fetch its files. */
	openTasksOn(db: DbOrTx, municipalityId: string, applicationId: string, personId: string) {
		return db
			.select({ id: inspection.id, designFiles: inspection.designFiles })
			.from(inspection)
			.where(
				and(
					eq(inspection.municipalityId, municipalityId),
					eq(inspection.applicationId, applicationId),
					eq(inspection.inspectorId, personId),
					eq(inspection.status, 'assigned')
				)
			)
			.all();
	},
	latestForApplication(db: DbOrTx, municipalityId: string, applicationId: string) {
		return (
			db
				.select()
				.from(inspection)
				.where(
					and(
						eq(inspection.municipalityId, municipalityId),
						eq(inspection.applicationId, applicationId)
					)
				)
				.orderBy(desc(inspection.createdAt))
				.get() ?? null
		);
	},

	insertChanges(db: DbOrTx, rows: (typeof inspectionChange.$inferInsert)[]) {
		if (rows.length > 0) {
			db.insert(inspectionChange).values(rows).run();
		}
	},
	/** What officers changed after `version` (the version a device had). */
	changesSince(db: DbOrTx, inspectionId: string, version: number) {
		return db
			.select()
			.from(inspectionChange)
			.where(
				and(eq(inspectionChange.inspectionId, inspectionId), gt(inspectionChange.version, version))
			)
			.orderBy(asc(inspectionChange.version))
			.all();
	},

	insertPhoto(db: DbOrTx, row: InspectionPhotoRow) {
		db.insert(inspectionPhoto).values(row).run();
	},
	findPhoto(db: DbOrTx, id: string): InspectionPhotoRow | null {
		return db.select().from(inspectionPhoto).where(eq(inspectionPhoto.id, id)).get() ?? null;
	},
	photosOf(db: DbOrTx, inspectionIds: readonly string[]): InspectionPhotoRow[] {
		if (inspectionIds.length === 0) {
			return [];
		}
		return db
			.select()
			.from(inspectionPhoto)
			.where(inArray(inspectionPhoto.inspectionId, [...inspectionIds]))
			.orderBy(asc(inspectionPhoto.takenAt), asc(inspectionPhoto.id))
			.all();
	},
	countPhotos(db: DbOrTx, inspectionId: string): number {
		return db
			.select({ id: inspectionPhoto.id })
			.from(inspectionPhoto)
			.where(eq(inspectionPhoto.inspectionId, inspectionId))
			.all().length;
	},
	/** How many tasks an inspector has open in a municipality (for sharing out new ones). */
	countAssigned(db: DbOrTx, municipalityId: string, inspectorId: string): number {
		return (
			db
				.select({ n: count() })
				.from(inspection)
				.where(
					and(
						eq(inspection.municipalityId, municipalityId),
						eq(inspection.inspectorId, inspectorId),
						eq(inspection.status, 'assigned')
					)
				)
				.get()?.n ?? 0
		);
	}
};
