import { inspectionsRepo } from './inspections.repo';

/** What other areas read of inspections: a photo, and an inspector's open tasks on an application. */
export const inspectionRecords = {
	findPhoto: inspectionsRepo.findPhoto.bind(inspectionsRepo),
	openTasksOn: inspectionsRepo.openTasksOn.bind(inspectionsRepo)
};
