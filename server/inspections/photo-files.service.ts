import type { FilesElsewhere } from '../attachments/possession.service';
import { photoFilesRepo } from './photo-files.repo';

/**
 * An inspector's photos as their own files of a content, for the one proof-of-possession
 * check in attachments (which sits below inspections and is given this from server/app/,
 * and by `inspection.photo` itself).
 */
export const inspectorPhotoFiles: FilesElsewhere = {
	ownFiles: photoFilesRepo.takenBy.bind(photoFilesRepo),
	markPresent: photoFilesRepo.markPresent.bind(photoFilesRepo)
};
