import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { AccessMeta } from '../../../server/kernel/trpc';
import { DEMO_PEOPLE } from '../../../server/db/seed-data';
import { holdsRole, type Cell, type Probe } from './probes';
import { COMPANY, LIEPAJA_ADMIN, MUNIS, PRINCIPALS, type Muni, type Principal } from './principals';
import type { World } from './world';

/**
 * How the matrix decides what should happen and what did: the expectation from the
 * procedure's access meta and the probe's data requirement; the outcome from the answer;
 * leaks by looking for identifiers of records the caller may not see anywhere in it.
 */

/** Deny: not signed in, not allowed, or (for someone else's record) not found. */
export const DENY_CODES = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND']);

export type Verdict = 'allow' | 'deny' | 'invalid' | 'crash';
export type Outcome = { verdict: Verdict; code: string; output?: unknown; text: string };

/** Whether the meta lets this caller in when acting in `tenant`; a string when it cannot say. */
export function metaAllows(meta: unknown, p: Principal, tenant: Muni): boolean | string {
	const m = meta as Partial<AccessMeta> | undefined;
	switch (m?.access) {
		case 'public':
			return true;
		case 'person':
			return p.personId !== null;
		case 'staff':
			return holdsRole(p, m.role ?? '?', tenant, null);
		case 'operator':
			return p.grants.some((g) => g.role === 'platform_operator');
		default:
			return `unknown access meta ${JSON.stringify(meta)}`;
	}
}

/** Runs one call; a thrown non-tRPC error is a crash like a 500 would be. */
export async function outcomeOf(call: () => Promise<unknown>, probe: Probe): Promise<Outcome> {
	try {
		const output = await call();
		const refused = probe.refused?.(output) ?? false;
		return {
			verdict: refused ? 'deny' : 'allow',
			code: refused ? 'REFUSED' : 'OK',
			output,
			text: JSON.stringify(output) ?? ''
		};
	} catch (error) {
		if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') {
			return { verdict: 'crash', code: 'INTERNAL', text: String(error) };
		}
		const text = `${error.code} ${error.message}`;
		if (error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError) {
			// The probe's input did not even parse: the matrix would learn nothing from it.
			return { verdict: 'invalid', code: error.code, text };
		}
		return { verdict: DENY_CODES.has(error.code) ? 'deny' : 'allow', code: error.code, text };
	}
}

/** An identifier of fixture data, and who may see it. */
export type Secret = { value: string; what: string; visibleTo: (p: Principal) => boolean };

export function secretsOf(world: World): Secret[] {
	const secrets: Secret[] = [];
	for (const muni of MUNIS) {
		const app = world.apps[muni];
		const visibleTo = (p: Principal) =>
			p.personId === app.ownerId ||
			['officer', 'inspector', 'municipal_admin'].some((r) => holdsRole(p, r, muni, app.service));
		const add = (value: string, what: string) => secrets.push({ value, what, visibleTo });
		add(app.id, `${muni} application id`);
		add(app.conflictId, `${muni} conflict id`);
		add(app.registrationNumber, `${muni} registration number`);
		add(app.childPersonalCode, `${muni} child's personal code`);
		add(app.attachment.sha256, `${muni} attachment hash`);
	}
	for (const p of PRINCIPALS) {
		const session = world.sessions[p.name];
		if (session) {
			secrets.push({
				value: session.id,
				what: `session id of ${p.short}`,
				visibleTo: (q) => q === p
			});
			secrets.push({
				value: session.token,
				what: `session token of ${p.short}`,
				visibleTo: () => false
			});
		}
	}
	secrets.push(...personalCodes(world));
	const draftOwner = (p: Principal) => p.personId === 'demo-citizen-liga';
	secrets.push({
		value: COMPANY.registrationNumber,
		what: 'company the signatory acts for',
		visibleTo: draftOwner
	});
	secrets.push({ value: world.draft.id, what: "Līga's draft id", visibleTo: draftOwner });
	secrets.push({
		value: world.draft.childPersonalCode,
		what: "Līga's draft child's personal code",
		visibleTo: draftOwner
	});
	return secrets;
}

/**
 * People's personal codes: their own; a citizen's to staff of the municipality they applied
 * in; staff's to the admin of their municipality; a municipal admin's to the operator.
 */
function personalCodes(world: World): Secret[] {
	const codes = new Map(DEMO_PEOPLE.map((p) => [p.id, p.personalCode]));
	codes.set(LIEPAJA_ADMIN.personId, LIEPAJA_ADMIN.personalCode);
	const staffOf = (muni: string) => (p: Principal) =>
		['officer', 'inspector', 'municipal_admin'].some((r) => holdsRole(p, r, muni, null));
	const secrets: Secret[] = [];
	for (const [personId, code] of codes) {
		const applied = MUNIS.filter((m) => world.apps[m].ownerId === personId);
		const roles = [
			...DEMO_PEOPLE.filter((d) => d.id === personId).flatMap((d) => d.roles),
			...(personId === LIEPAJA_ADMIN.personId
				? [{ role: 'municipal_admin', municipalityId: 'liepaja' }]
				: [])
		];
		const where = roles[0]?.municipalityId ?? applied[0] ?? 'nowhere';
		secrets.push({
			value: code,
			what: `${where} personal code of ${personId}`,
			visibleTo: (p) =>
				p.personId === personId ||
				applied.some((m) => staffOf(m)(p)) ||
				roles.some(
					(r) =>
						r.municipalityId !== null &&
						(holdsRole(p, 'municipal_admin', r.municipalityId, null) ||
							(r.role === 'municipal_admin' &&
								p.grants.some((g) => g.role === 'platform_operator')))
				)
		});
	}
	return secrets;
}

/** Secrets in the answer that the caller may not see and did not send themselves. */
export function leaksIn(outcome: Outcome, input: unknown, p: Principal, secrets: Secret[]) {
	const sent = JSON.stringify(input) ?? '';
	return secrets
		.filter((s) => !s.visibleTo(p) && !sent.includes(s.value) && outcome.text.includes(s.value))
		.map((s) => s.what);
}

/**
 * Rows that belong elsewhere, by their own columns: for staff procedures any object whose
 * `municipalityId` is not the municipality acted in; for personal procedures any object whose
 * `personId` or `applicantId` is someone else. Catches data the fixture secrets do not name.
 */
export function foreignRows(output: unknown, meta: unknown, p: Principal, cell: Cell): string[] {
	const access = (meta as Partial<AccessMeta> | undefined)?.access;
	const found: string[] = [];
	const visit = (value: unknown) => {
		if (value === null || typeof value !== 'object') {
			return;
		}
		const row = value as Record<string, unknown>;
		if (access === 'staff' && 'municipalityId' in row && row.municipalityId !== cell.tenant) {
			found.push(`row of ${String(row.municipalityId)}`);
		}
		for (const key of ['personId', 'applicantId'] as const) {
			if (access === 'person' && key in row && row[key] !== p.personId) {
				found.push(`row of ${String(row[key])}`);
			}
		}
		Object.values(row).forEach(visit);
	};
	visit(output);
	return [...new Set(found)];
}

export type CellResult = {
	path: string;
	probe: string;
	p: Principal;
	cell: Cell;
	expected: 'allow' | 'deny';
	outcome: Outcome;
	problems: string[];
};

export const COLUMNS: readonly Cell[] = [
	{ tenant: 'riga', data: 'riga' },
	{ tenant: 'liepaja', data: 'liepaja' },
	{ tenant: 'riga', data: 'liepaja' }
];

/**
 * One character per cell: `+` allowed as expected, `.` denied as expected, and in capitals
 * what went wrong: A allowed but should be denied, D denied but should be allowed,
 * L leaked, 5 crashed, I input did not parse, X a wrong answer.
 */
export function symbolOf(r: CellResult): string {
	if (r.outcome.verdict === 'crash') {
		return '5';
	}
	if (r.outcome.verdict === 'invalid') {
		return 'I';
	}
	if (r.problems.some((p) => p.startsWith('leak'))) {
		return 'L';
	}
	if (r.outcome.verdict !== r.expected) {
		return r.expected === 'deny' ? 'A' : 'D';
	}
	if (r.problems.length > 0) {
		return 'X';
	}
	return r.expected === 'allow' ? '+' : '.';
}

export function renderTable(results: CellResult[]): string {
	const rows = new Map<string, CellResult[]>();
	for (const r of results) {
		const key = `${r.path} [${r.probe}]`;
		rows.set(key, [...(rows.get(key) ?? []), r]);
	}
	const width = Math.max(20, ...[...rows.keys()].map((k) => k.length));
	const head = PRINCIPALS.map((p) => p.short.padEnd(5)).join(' ');
	const legend =
		'cells per caller: own (riga/riga), foreign (liepaja/liepaja), mixed (riga tenant, liepaja record)\n' +
		'+ allowed  . denied  A allowed, should be denied  D denied, should be allowed  L leak  5 crash  I bad probe input  X wrong answer';
	const lines = [...rows.entries()].map(([key, cells]) => {
		const marks = PRINCIPALS.map((p) =>
			COLUMNS.map((c) => {
				const r = cells.find((x) => x.p === p && x.cell === c);
				return r ? symbolOf(r) : ' ';
			})
				.join('')
				.padEnd(5)
		).join(' ');
		return `${key.padEnd(width)} ${marks}`;
	});
	const problems = results
		.filter((r) => symbolOf(r).match(/[A-Z5]/))
		.map(
			(r) =>
				`${r.path} [${r.probe}] as ${r.p.name}, ${r.cell.tenant}/${r.cell.data}: expected ${r.expected}, got ${r.outcome.code}` +
				(r.problems.length ? ` (${r.problems.join('; ')})` : '') +
				` — ${r.outcome.text.slice(0, 160)}`
		);
	return [legend, `${''.padEnd(width)} ${head}`, ...lines, '', ...problems].join('\n');
}
