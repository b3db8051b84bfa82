import { canonicalJson } from '../../../src/lib/domain/canonical-hash';
import type { History, VersionEntry } from './history';
import { CONTENT_FIELDS, sameValue } from './values';

/**
 * SYNC.md T3 properties 2 and 3, from the reconstructed history:
 * - every version is exactly what its writer asked for on top of the version before;
 * - conflict completeness: a write that changes a field which a different writer (another
 *   device, or the officer) changed after this writer's base — a write it had not seen —
 *   leaves a hard conflict row holding both values. "Different values" is judged against
 *   the value the write replaced: writing what is already there overwrites nothing;
 * - no lost acknowledged writes: a written value is still there, or was replaced by a
 *   writer that had seen it, or a conflict row holds it; a device edit refused because
 *   review had started is kept as a stale-state conflict.
 */
export function checkWrites(history: History): string[] {
	const problems: string[] = [];
	for (const list of history.versions.values()) {
		list.forEach((entry, i) => {
			const before = list[i - 1]?.data ?? {};
			problems.push(...checkEffect(entry, before));
			problems.push(...checkCompleteness(entry, before, list, history));
			problems.push(...checkKept(entry, list, history));
		});
	}
	problems.push(...checkAcknowledged(history));
	problems.push(...checkStaleEdits(history));
	return problems;
}

const label = (e: VersionEntry) => `${e.applicationId} v${e.version} (${e.kind} by ${e.writer})`;

function checkEffect(entry: VersionEntry, before: Record<string, unknown>): string[] {
	const expected = { ...before, ...entry.patch };
	if (canonicalJson(expected) !== canonicalJson(entry.data)) {
		return [
			`${label(entry)} holds ${canonicalJson(entry.data)}, expected ${canonicalJson(expected)}`
		];
	}
	const content = entry.fields.filter((f) => f !== 'status').sort();
	if (canonicalJson(content) !== canonicalJson(Object.keys(entry.patch).sort())) {
		return [`${label(entry)} is recorded as changing ${content.join(',')}`];
	}
	return [];
}

function checkCompleteness(
	entry: VersionEntry,
	before: Record<string, unknown>,
	list: VersionEntry[],
	history: History
): string[] {
	const problems: string[] = [];
	for (const field of CONTENT_FIELDS) {
		if (!(field in entry.patch) || sameValue(before[field], entry.data[field])) {
			continue;
		}
		const unseen = list.filter(
			(u) =>
				u.version > entry.base &&
				u.version < entry.version &&
				u.writer !== entry.writer &&
				field in u.patch
		);
		if (unseen.length === 0) {
			continue;
		}
		const kept = history.conflicts.some(
			(c) =>
				c.applicationId === entry.applicationId &&
				c.field === field &&
				c.kind === 'hard' &&
				c.serverVersion === entry.version - 1 &&
				sameValue(c.clientValue, entry.data[field]) &&
				sameValue(c.serverValue, before[field])
		);
		if (!kept) {
			problems.push(
				`${label(entry)} overwrote ${field}=${JSON.stringify(before[field])} with ` +
					`${JSON.stringify(entry.data[field])} from base v${entry.base}, without seeing ` +
					`${unseen.map(label).join(', ')}, and no conflict keeps both values`
			);
		}
	}
	return problems;
}

function checkKept(entry: VersionEntry, list: VersionEntry[], history: History): string[] {
	const problems: string[] = [];
	for (const field of CONTENT_FIELDS) {
		if (!(field in entry.patch)) {
			continue;
		}
		const written = entry.data[field];
		const replacedBy = list.find(
			(u) => u.version > entry.version && !sameValue(u.data[field], written)
		);
		if (
			!replacedBy ||
			replacedBy.writer === entry.writer ||
			replacedBy.base >= entry.version ||
			history.conflicts.some(
				(c) =>
					c.applicationId === entry.applicationId &&
					c.field === field &&
					(sameValue(c.clientValue, written) || sameValue(c.serverValue, written))
			)
		) {
			continue;
		}
		problems.push(
			`${label(entry)} wrote ${field}=${JSON.stringify(written)}; ${label(replacedBy)} ` +
				`replaced it from base v${replacedBy.base} and no conflict keeps it`
		);
	}
	return problems;
}

/** Every device mutation the server applied made exactly the version it answered with. */
function checkAcknowledged(history: History): string[] {
	const problems: string[] = [];
	for (const r of history.results) {
		if (r.status !== 'applied' || r.mutation.name === 'conflict.resolve') {
			continue;
		}
		const id = String((r.mutation.args as Record<string, unknown>).id);
		const version = r.result?.version;
		const entry = history.versions.get(id)?.find((e) => e.version === version);
		if (!entry || entry.mutation?.clientId !== r.clientId || entry.mutation.id !== r.mutationId) {
			problems.push(
				`${r.device} mutation ${r.mutationId} (${r.mutation.name}) was acknowledged as ` +
					`version ${String(version)} of ${id}, which it did not write`
			);
		}
	}
	for (const r of history.results) {
		if (r.status === 'applied' && r.mutation.name === 'conflict.resolve') {
			const conflictId = (r.mutation.args as Record<string, unknown>).conflictId;
			const conflict = history.conflicts.find((c) => c.id === conflictId);
			if (conflict?.status !== 'resolved') {
				problems.push(`${r.device} resolved conflict ${String(conflictId)}, still open`);
			}
		}
	}
	return problems;
}

/** A device edit refused by the review lock is kept as a stale-state conflict, field by field. */
function checkStaleEdits(history: History): string[] {
	const problems: string[] = [];
	for (const r of history.results) {
		if (r.status !== 'rejected' || r.error?.code !== 'STALE_STATE') {
			continue;
		}
		if (r.mutation.name !== 'application.saveDraft') {
			continue;
		}
		const args = r.mutation.args as { id: string; patch: Record<string, unknown> };
		const seen = (history.versions.get(args.id) ?? []).filter((e) => e.at <= r.at);
		const current = seen[seen.length - 1]?.data ?? {};
		for (const [field, value] of Object.entries(args.patch)) {
			if (sameValue(value, current[field])) {
				continue;
			}
			const kept = history.conflicts.some(
				(c) =>
					c.kind === 'stale-state' &&
					c.clientId === r.clientId &&
					c.mutationId === r.mutationId &&
					c.field === field &&
					sameValue(c.clientValue, value)
			);
			if (!kept) {
				problems.push(
					`${r.device} mutation ${r.mutationId} set ${field}=${JSON.stringify(value)} after ` +
						`review began; it was refused and no stale-state conflict keeps it`
				);
			}
		}
	}
	return problems;
}
