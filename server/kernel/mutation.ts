import type { z } from 'zod';
import { toIssues } from '../../src/lib/domain/issues';
import type { MutationName, ParsedMutationArgs } from '../../src/lib/domain/mutations';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { DbOrTx } from '../db/client.server';
import type { BatchMemo } from './batch-memo';
import type { Actor } from './context';
import { MutationRejected } from './mutation-rejected';

/** Where a mutation came from: the base versions let an edit be merged against later ones. */
export type MutationContext = {
	clientId: string;
	mutationId: number;
	/** The server version of each record the device had when the change was made. */
	baseVersions: Readonly<Record<string, number>>;
	/** On whose behalf the person acts, from their session (never from the device). */
	applicant?: ApplicantFacts;
	/** Reference data already read in this push (./batch-memo.ts). */
	memo?: BatchMemo;
	/**
	 * A value of the sync sequence for a row this mutation writes, from the block the push
	 * took for its mutations at once (./sequence.repo.ts `reserve`); without it, take one
	 * from the counter.
	 */
	nextSeq?: () => number;
};

/**
 * Applies one mutation of a push inside its savepoint. It is given its arguments already
 * parsed by the mutation's schema in `src/lib/domain/mutations.ts` (the sync area parses
 * them once, before calling it), and throws `MutationRejected` to refuse.
 */
export type Mutator<N extends MutationName> = (
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<N>,
	now: number,
	context?: MutationContext
) => Record<string, unknown> | null;

/** The mutators one area registers, by mutation name. */
export type MutatorEntries<N extends MutationName> = { readonly [K in N]: Mutator<K> };

/** Every mutation a client may push, each with its mutator (composed in `server/app/`). */
export type MutatorRegistry = MutatorEntries<MutationName>;

/** Arguments parsed by their schema, or the mutation refused with the issues by field. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
	const parsed = schema.safeParse(args);
	if (!parsed.success) {
		throw new MutationRejected('INVALID_ARGS', toIssues(parsed.error));
	}
	return parsed.data;
}
