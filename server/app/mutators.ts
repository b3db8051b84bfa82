import { applicationsMutators } from '../applications/mutators';
import { attachmentsMutators } from '../attachments/mutators';
import { inspectionsMutators } from '../inspections/mutators';
import type { MutatorRegistry } from '../kernel/mutation';
import { placementMutators } from '../placement/mutators';
import { workflowMutators } from '../workflow/mutators';
import { filesElsewhere } from './files-elsewhere';

/**
 * The mutations a client may push, by name: each area registers its own, and they meet
 * here, above every area, so that the sync area needs none of them. A name of
 * `src/lib/domain/mutations.ts` without a mutator is a type error here; a test checks that
 * nothing else is registered (tests/unit/mutator-registry.test.ts).
 */
export const mutators: MutatorRegistry = {
	...applicationsMutators,
	// A file's proof of possession reads the person's photos too (./files-elsewhere.ts).
	...attachmentsMutators(filesElsewhere),
	...workflowMutators,
	...inspectionsMutators,
	...placementMutators
};
