import type { FilesElsewhere } from '../attachments/possession.service';
import { inspectorPhotoFiles } from '../inspections/photo-files.service';

/**
 * A person's files of a content that areas above attachments keep, for the one
 * proof-of-possession check (decision 0012): today the photos an inspector took. Attachments
 * may not import inspections, so they meet here, above every area; a new area holding a
 * person's files by content adds itself here.
 */
export const filesElsewhere: FilesElsewhere = inspectorPhotoFiles;
