import type { Mutation } from '../../../src/lib/domain/sync';
import type { SimServer } from './sim-server';

/** One version of one application, with who wrote it and what they had seen. */
export interface VersionEntry {
	applicationId: string;
	version: number;
	status: string;
	data: Record<string, unknown>;
	/** The tick of the call that wrote it. */
	at: number;
	serverSeq: number;
	/** The fields the server says this version changed (application_change). */
	fields: string[];
	/** A device key, or 'officer'. */
	writer: string;
	/** The version the writer had seen when it made the change. */
	base: number;
	kind: 'create' | 'edit' | 'submit' | 'review' | 'resolve';
	/** The fields and values the writer asked for (edits and resolutions). */
	patch: Record<string, unknown>;
	/** The device mutation behind it, if any. */
	mutation: { clientId: string; id: number } | null;
}

export interface ConflictEntry {
	id: string;
	applicationId: string;
	field: string;
	kind: 'hard' | 'stale-state';
	serverVersion: number;
	clientValue: unknown;
	serverValue: unknown;
	clientId: string | null;
	mutationId: number | null;
	status: 'open' | 'resolved';
	resolution: 'client' | 'server' | null;
	resolvedAt: number | null;
	serverSeq: number;
}

export interface ResultEntry {
	clientId: string;
	mutationId: number;
	status: 'applied' | 'rejected';
	result: Record<string, unknown> | null;
	error: { code?: string } | null;
	at: number;
	mutation: Mutation;
	device: string;
}

export interface History {
	/** Per application, every version in order. */
	versions: Map<string, VersionEntry[]>;
	conflicts: ConflictEntry[];
	results: ResultEntry[];
	/** Facts the reconstruction itself found wrong (e.g. a version written twice). */
	problems: string[];
}

type Raw = Record<string, unknown>;

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : null);
const num = (value: unknown): number => Number(value);
// SQLite hands back text and numbers only.
const str = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const strOrNull = (value: unknown): string | null => (value === null ? null : str(value));
const args = (m: Mutation) => (m.args ?? {}) as Record<string, unknown>;

function all(server: SimServer, sql: string): Raw[] {
	return server.db.$client.prepare(sql).all() as Raw[];
}

function readConflicts(server: SimServer): ConflictEntry[] {
	return all(server, 'select * from conflict order by server_seq, rowid').map((r) => ({
		id: str(r.id),
		applicationId: str(r.application_id),
		field: str(r.field),
		kind: str(r.kind) as ConflictEntry['kind'],
		serverVersion: num(r.server_version),
		clientValue: json(r.client_value),
		serverValue: json(r.server_value),
		clientId: strOrNull(r.client_id),
		mutationId: r.mutation_id === null ? null : num(r.mutation_id),
		status: str(r.status) as ConflictEntry['status'],
		resolution: strOrNull(r.resolution) as ConflictEntry['resolution'],
		resolvedAt: r.resolved_at === null ? null : num(r.resolved_at),
		serverSeq: num(r.server_seq)
	}));
}

function readResults(server: SimServer, problems: string[]): ResultEntry[] {
	const results: ResultEntry[] = [];
	for (const r of all(server, 'select * from mutation_result order by created_at, rowid')) {
		const key = `${str(r.client_id)}:${num(r.mutation_id)}`;
		const sent = server.sent.get(key);
		if (!sent) {
			problems.push(`mutation_result ${key} for a mutation nobody sent`);
			continue;
		}
		results.push({
			clientId: str(r.client_id),
			mutationId: num(r.mutation_id),
			status: str(r.status) as ResultEntry['status'],
			result: json(r.result_json) as Record<string, unknown> | null,
			error: json(r.error_json) as { code?: string } | null,
			at: num(r.created_at),
			mutation: sent.mutation,
			device: sent.device
		});
	}
	return results;
}

/**
 * Rebuilds every application's history from the server's tables (the version copies the
 * triggers kept, application_change, mutation_result, conflict) and the simulation's own
 * logs (which device sent what, with which base, at which tick).
 */
export function readHistory(server: SimServer): History {
	const problems: string[] = [];
	const conflicts = readConflicts(server);
	const results = readResults(server, problems);

	// Applied device mutations by the version they made.
	const byVersion = new Map<string, ResultEntry>();
	for (const r of results) {
		const version = r.result?.version;
		if (
			r.status === 'applied' &&
			typeof version === 'number' &&
			r.mutation.name !== 'conflict.resolve'
		) {
			byVersion.set(`${str(args(r.mutation).id)}:${version}`, r);
		}
	}
	const changes = new Map<string, Raw>();
	for (const c of all(server, 'select * from application_change')) {
		changes.set(`${str(c.application_id)}:${num(c.version)}`, c);
	}

	const versions = new Map<string, VersionEntry[]>();
	for (const h of all(server, 'select * from sim_application_history order by rowid')) {
		const applicationId = str(h.application_id);
		const version = num(h.version);
		const list = versions.get(applicationId) ?? [];
		versions.set(applicationId, list);
		const expected = (list[list.length - 1]?.version ?? 0) + 1;
		if (version !== expected) {
			problems.push(`${applicationId} went to version ${version}, expected ${expected}`);
		}
		const change = changes.get(`${applicationId}:${version}`);
		if (!change) {
			problems.push(`${applicationId} v${version} has no application_change row`);
			continue;
		}
		const entry: VersionEntry = {
			applicationId,
			version,
			status: str(h.status),
			data: json(h.data) as Record<string, unknown>,
			at: num(h.updated_at),
			serverSeq: num(h.server_seq),
			fields: json(change.fields) as string[],
			writer: '?',
			base: version - 1,
			kind: 'edit',
			patch: {},
			mutation: null
		};
		const attributed = attribute(entry, change, server, byVersion, conflicts);
		if (typeof attributed === 'string') {
			problems.push(attributed);
		}
		list.push(entry);
	}
	return { versions, conflicts, results, problems };
}

/** Fills in writer, base, kind and patch; returns a problem when the version is unexplained. */
function attribute(
	entry: VersionEntry,
	change: Raw,
	server: SimServer,
	byVersion: Map<string, ResultEntry>,
	conflicts: ConflictEntry[]
): string | null {
	const where = `${entry.applicationId} v${entry.version}`;
	const clientId = strOrNull(change.client_id);
	const result = clientId ? byVersion.get(`${entry.applicationId}:${entry.version}`) : undefined;
	if (clientId && result) {
		entry.writer = result.device;
		entry.base = result.mutation.baseVersions?.[entry.applicationId] ?? entry.version - 1;
		entry.mutation = { clientId, id: result.mutationId };
		if (result.mutation.name === 'application.submit') {
			entry.kind = 'submit';
		} else {
			entry.kind = entry.version === 1 ? 'create' : 'edit';
			entry.patch = (args(result.mutation).patch ?? {}) as Record<string, unknown>;
		}
		return null;
	}
	const tick = server.ticks.get(num(change.created_at));
	if (!tick) {
		return `${where} was written at a time no call had`;
	}
	if (tick.actor === 'officer') {
		entry.writer = 'officer';
		if (tick.kind === 'edit') {
			entry.base = tick.baseVersion;
			entry.patch = tick.fields;
		} else if (tick.kind === 'review') {
			entry.kind = 'review';
		} else {
			entry.kind = 'resolve';
			if (tick.kind === 'resolve') {
				entry.base = tick.baseVersion;
			}
			return resolvedValue(entry, conflicts);
		}
		return null;
	}
	// Otherwise an applicant's resolution, sent by the device whose push ran at this tick.
	entry.writer = tick.device;
	entry.kind = 'resolve';
	const problem = resolvedValue(entry, conflicts);
	const conflictId = conflicts.find(
		(c) => c.resolvedAt === entry.at && c.serverSeq === entry.serverSeq
	)?.id;
	const mutation =
		tick.kind === 'push'
			? tick.input.mutations.find(
					(m) => m.name === 'conflict.resolve' && args(m).conflictId === conflictId
				)
			: undefined;
	if (!mutation) {
		return problem ?? `${where} resolves a conflict no mutation of ${tick.device} chose`;
	}
	entry.base = mutation.baseVersions?.[entry.applicationId] ?? entry.version - 1;
	return problem;
}

/** A resolution writes the kept value of the conflict it settled. */
function resolvedValue(entry: VersionEntry, conflicts: ConflictEntry[]): string | null {
	const conflict = conflicts.find(
		(c) =>
			c.applicationId === entry.applicationId &&
			c.resolvedAt === entry.at &&
			c.serverSeq === entry.serverSeq
	);
	if (!conflict) {
		return `${entry.applicationId} v${entry.version} resolves no conflict`;
	}
	const value = conflict.resolution === 'client' ? conflict.clientValue : conflict.serverValue;
	entry.patch = { [conflict.field]: value };
	return null;
}
