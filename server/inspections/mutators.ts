import type { MutatorEntries } from '../kernel/mutation';
import {
	addInspectionPhoto,
	completeInspection,
	reportUnpermitted,
	resolveConflictAsInspector
} from './field.service';

/** The inspector's work from the device, as sync mutations. */
export const inspectionsMutators: MutatorEntries<
	'inspection.photo' | 'inspection.complete' | 'inspection.report' | 'inspection.resolveConflict'
> = {
	'inspection.photo': addInspectionPhoto,
	'inspection.complete': completeInspection,
	'inspection.report': reportUnpermitted,
	'inspection.resolveConflict': resolveConflictAsInspector
};
