import type { OutboxRow } from './db';
import { isMutation } from './mutation-traits';

/**
 * Which refused changes go together when the person takes a way out of a refusal (pure, so
 * it is tested on its own). An answer to an information request goes with the refused files
 * it names: sending it again sends them first, discarding it drops them too.
 */

const ANSWER = 'information.answer';
const ADD_FILE = 'attachment.add';

const isRefused = (row: OutboxRow) => row.status === 'rejected';

function namedFiles(row: OutboxRow<typeof ANSWER>): Set<string> {
	return new Set(row.args.attachmentIds ?? []);
}

/** The mutation ids of `row` and the refused rows that go with it, in their order. */
export function refusedTogether(rows: readonly OutboxRow[], row: OutboxRow): number[] {
	const files = isMutation(row, ANSWER) ? namedFiles(row) : new Set<string>();
	return rows
		.filter(
			(r) =>
				isRefused(r) &&
				(r.mutationId === row.mutationId ||
					(isMutation(r, ADD_FILE) && files.has(r.args.attachmentId)))
		)
		.map((r) => r.mutationId)
		.sort((a, b) => a - b);
}

/** The latest refused answer to this request, if any: what the person wrote is in it. */
export function refusedAnswerFor(
	rows: readonly OutboxRow[],
	requestId: string
): OutboxRow<typeof ANSWER> | undefined {
	return rows
		.filter((r) => isMutation(r, ANSWER))
		.filter((r) => isRefused(r) && r.args.requestId === requestId)
		.sort((a, b) => b.mutationId - a.mutationId)[0];
}

/** The refused additions of these files (to send again before an answer that names them). */
export function refusedFiles(
	rows: readonly OutboxRow[],
	attachmentIds: readonly string[]
): number[] {
	const wanted = new Set(attachmentIds);
	return rows
		.filter((r) => isMutation(r, ADD_FILE))
		.filter((r) => isRefused(r) && wanted.has(r.args.attachmentId))
		.map((r) => r.mutationId)
		.sort((a, b) => a - b);
}
