import type { MutationCall, OutboxRow } from './db';
import { isCoalescing, isReplacedByLater } from './mutation-traits';

/**
 * What to do with refused draft edits once later changes exist (pure, so it is tested on
 * its own). A refused edit is kept, so nothing typed is lost and its reason stays in view,
 * until later edits replace it field by field:
 * - a field written again later leaves the refused row, with that field's reasons;
 * - a row with no field left goes;
 * - a row whose every reason went with its replaced fields, but which still holds other
 *   fields, was refused only for a neighbour's sake: those fields are queued again.
 * A refused submission goes when a later submission exists. Refused rows are never sent
 * again, so rewriting them is safe. Which mutations are edits (coalescing) and which are
 * replaced by a later one is declared in mutation-traits.ts.
 */
export interface Settlement {
	deletes: number[];
	puts: OutboxRow[];
	/** Changes to queue again as new ones, in order. */
	requeue: MutationCall[];
}

export function settleRefusals(rows: readonly OutboxRow[]): Settlement {
	const sorted = [...rows].sort((a, b) => a.mutationId - b.mutationId);
	const settlement: Settlement = { deletes: [], puts: [], requeue: [] };
	sorted.forEach((row, index) => {
		if (row.status !== 'rejected') {
			return;
		}
		const later = sorted.slice(index + 1);
		if (isReplacedByLater(row)) {
			if (later.some((r) => r.name === row.name)) {
				settlement.deletes.push(row.mutationId);
			}
			return;
		}
		if (!isCoalescing(row)) {
			return;
		}
		const rewritten = new Set(
			later
				.filter(isCoalescing)
				.filter((r) => r.name === row.name)
				.flatMap((r) => Object.keys(r.args.patch))
		);
		const patch = row.args.patch;
		if (!Object.keys(patch).some((key) => rewritten.has(key))) {
			return;
		}
		const left = Object.fromEntries(Object.entries(patch).filter(([key]) => !rewritten.has(key)));
		const reasons = row.error?.issues ?? [];
		const reasonsLeft = reasons.filter((issue) => !rewritten.has(issue.path.split('.')[0] ?? ''));
		if (Object.keys(left).length === 0) {
			settlement.deletes.push(row.mutationId);
		} else if (reasons.length > 0 && reasonsLeft.length === 0) {
			settlement.deletes.push(row.mutationId);
			settlement.requeue.push({ name: row.name, args: { ...row.args, patch: left } });
		} else {
			settlement.puts.push({
				...row,
				args: { ...row.args, patch: left },
				error: row.error && { ...row.error, issues: reasonsLeft }
			});
		}
	});
	return settlement;
}
