import type { Issue } from '../../src/lib/domain/sync';
import type { DbOrTx } from '../db/client.server';

/**
 * An application-rule failure of one mutation: it is rolled back alone, recorded as
 * rejected, and the batch goes on (SYNC.md §1.4 step 5). `afterRollback` writes what must
 * survive the rollback, such as the conflict that keeps a refused edit's values.
 */
export class MutationRejected extends Error {
	constructor(
		readonly code: string,
		readonly issues?: Issue[],
		readonly afterRollback?: (db: DbOrTx) => void
	) {
		super(code);
		this.name = 'MutationRejected';
	}
}
