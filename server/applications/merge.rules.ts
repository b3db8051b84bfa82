/**
 * How an edit made on an older version meets the changes made since (SYNC.md §1.4):
 * - a field nobody else changed since the base is applied (a field merge);
 * - a field changed since, now holding the same value, is simply agreed;
 * - a field changed since to a different value is a hard conflict: the newer edit is
 *   applied (content fields belong to whoever edits them last) and both values are kept
 *   for a person to resolve. Nothing is overwritten silently.
 */
export type FieldConflict = { field: string; mine: unknown; theirs: unknown };

export function mergeEdit(
	patch: Record<string, unknown>,
	current: Record<string, unknown>,
	changedSinceBase: ReadonlySet<string>
): { apply: Record<string, unknown>; conflicts: FieldConflict[] } {
	const conflicts: FieldConflict[] = [];
	for (const [field, mine] of Object.entries(patch)) {
		const theirs = current[field];
		if (changedSinceBase.has(field) && !sameValue(mine, theirs)) {
			conflicts.push({ field, mine, theirs });
		}
	}
	return { apply: patch, conflicts };
}

function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}
