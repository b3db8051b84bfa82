import { saveDraft, submit } from '../applications/applications.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../trpc/context';

export type Mutator = (
	db: DbOrTx,
	actor: Actor,
	args: unknown,
	now: number
) => Record<string, unknown> | null;

/** The mutations a client may push, by name. Each parses its own arguments. */
export const mutators: Readonly<Record<string, Mutator>> = {
	'application.saveDraft': saveDraft,
	'application.submit': submit
};
