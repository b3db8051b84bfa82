import type { Issue } from '../../src/lib/domain/sync';

/**
 * An application-rule failure of one mutation: it is rolled back alone, recorded as
 * rejected, and the batch goes on (SYNC.md §1.4 step 5).
 */
export class MutationRejected extends Error {
	constructor(
		readonly code: string,
		readonly issues?: Issue[]
	) {
		super(code);
		this.name = 'MutationRejected';
	}
}
