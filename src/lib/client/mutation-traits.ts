import type { MutationArgs, MutationName } from '../domain/mutations';
import type { OutboxRow } from './db';

/**
 * How the device treats queued changes of a kind, declared per mutation so the sync engine
 * and the refusal rules never test a mutation's name.
 */

/** Whether `row` is a change of mutation `name` (narrows its arguments to that mutation's). */
export function isMutation<N extends MutationName>(
	row: OutboxRow,
	name: N
): row is Extract<OutboxRow, { name: N }> {
	return row.name === name;
}

/** Mutations whose arguments carry a patch of fields. */
type PatchMutationName = {
	[N in MutationName]: MutationArgs<N> extends { patch: Record<string, unknown> } ? N : never;
}[MutationName];

/**
 * Coalescing: a refused change of this kind is settled field by field against later changes
 * of the same kind (refusals.ts), and fields refused only for a neighbour's sake are queued
 * again as a new change of the same kind.
 */
export const COALESCING: readonly PatchMutationName[] = ['application.saveDraft'];

/** Replaced: a refused change of this kind goes once a later one of the same kind is queued. */
export const REPLACED_BY_LATER: readonly MutationName[] = ['application.submit'];

export function isCoalescing(row: OutboxRow): row is OutboxRow<PatchMutationName> {
	return (COALESCING as readonly MutationName[]).includes(row.name);
}

export function isReplacedByLater(row: OutboxRow): boolean {
	return REPLACED_BY_LATER.includes(row.name);
}
