import type { MutatorEntries } from '../kernel/mutation';
import { saveDraft } from './applications.citizen.service';
import { resolveConflictAsApplicant } from './conflicts.service';

/**
 * The applicant's drafts and choices in a conflict, as sync mutations (composed with the
 * other areas' in server/app/mutators.ts; submitting is the workflow's first step, there).
 */
export const applicationsMutators: MutatorEntries<'application.saveDraft' | 'conflict.resolve'> = {
	'application.saveDraft': saveDraft,
	'conflict.resolve': resolveConflictAsApplicant
};
