/**
 * Fuzz of the whole tRPC surface over HTTP: every procedure enumerated from the router gets
 * at least MIN_RUNS generated requests (arbitraries.ts) through `handleTrpcRequest`, the
 * function hooks.server.ts calls, signed in as a citizen or as an officer (and, for the admin's
 * and operator's procedures, as someone allowed to call them), each with a
 * same-origin Origin and JSON content type (plus deliberately wrong methods and content
 * types). Every answer must be below 500 with tRPC's JSON envelope; afterwards the server
 * still answers, the database passes `PRAGMA integrity_check`, and no prototype was polluted.
 * Rate limits are switched off for these requests: they are tested on their own.
 *
 * Reproduce a failure with the seed and path fast-check prints (`FUZZ_SEED=<seed>`), then
 * keep the counterexample in regressions.ts. FUZZ_RUNS raises the runs per procedure.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/client.server';
import { identify } from '../../../server/identity/request-identity';
import { createSession } from '../../../server/identity/sessions.service';
import { handleTrpcRequest } from '../../../server/app/http';
import { appRouter } from '../../../server/app/router';
import { metaAllows } from '../authz/judge';
import { MUNIS, PRINCIPALS, ROLE_IDS, type Principal } from '../authz/principals';
import { PROBES } from '../authz/probes';
import { buildWorld, restore, type World } from '../authz/world';
import { payloadFor, type Payload } from './arbitraries';
import { FUZZ_REGRESSIONS } from './regressions';
import { problemWith, requestFor, TRANSPORTS, type Transport } from './requests';

const MIN_RUNS = 200;
const RUNS = Math.max(MIN_RUNS, Number(process.env.FUZZ_RUNS) || MIN_RUNS);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// The router's flat record of procedures by dotted path: only the untyped parts are read.
type AnyProcedure = { _def: { type: string; meta?: unknown } };
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();

const FUZZERS = {
	citizen: PRINCIPALS.find((p) => p.short === 'anna'),
	officer: PRINCIPALS.find((p) => p.short === 'offcr'),
	admin: PRINCIPALS.find((p) => p.short === 'admin'),
	operator: PRINCIPALS.find((p) => p.short === 'oper')
} as const;
type Who = keyof typeof FUZZERS;

/**
 * Who sends: always a citizen and an officer; for a procedure neither may call, also someone
 * who may (the municipal admin, the operator), or its input would never be parsed at all.
 */
function sendersOf(path: string): Who[] {
	const meta = procedures[path]?._def.meta;
	const mayCall = (who: Who) => metaAllows(meta, FUZZERS[who] as Principal, 'riga') === true;
	const base: Who[] = ['citizen', 'officer'];
	const extra = (['admin', 'operator'] as const).find((who) => mayCall(who));
	return base.some(mayCall) || !extra ? base : [...base, extra, extra];
}

const NO_LIMITS = { check: () => ({ allowed: true as const }) };
const ADDRESS = '192.0.2.77';

let world: World;
const counts = new Map<string, number>();
const statuses = new Map<number, number>();

beforeAll(async () => {
	world = await buildWorld();
});

afterAll(() => {
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b);
	console.log(
		`fuzz: ${total} requests over ${counts.size} paths; by status: ${byStatus.map(([s, n]) => `${s}×${n}`).join(' ')}`
	);
});

/** One server: a database and the sessions of the two callers, renewed if a call revoked one. */
function server(db: Db) {
	const tokens = new Map<Who, string>();
	function identityOf(who: Who) {
		const p = FUZZERS[who] as Principal;
		let identity = identify(db, tokens.get(who));
		if (!identity.person) {
			const token = `fuzz-${who}-${randomUUID()}`;
			createSession(db, token, { personId: p.personId ?? '', kind: p.kind, authMethod: 'latvija' });
			tokens.set(who, token);
			identity = identify(db, token);
		}
		return identity;
	}
	const send = (request: Request, who: Who) =>
		handleTrpcRequest(request, db, identityOf(who), ADDRESS, NO_LIMITS);
	return {
		send,
		healthy: async (): Promise<string | null> => {
			const response = await send(
				requestFor('identity.me', 'query', { text: undefined, label: '' }, 'normal'),
				'citizen'
			);
			const body = (await response.json()) as { result?: { data?: { id?: string } } };
			if (response.status !== 200 || body.result?.data?.id !== FUZZERS.citizen?.personId) {
				return `identity.me answered ${response.status} ${JSON.stringify(body).slice(0, 200)}`;
			}
			const check = db.$client.pragma('integrity_check', { simple: true });
			if (check !== 'ok') {
				return `integrity_check: ${String(check)}`;
			}
			const polluted = Object.keys(Object.prototype).concat(
				'isAdmin' in {} ? ['isAdmin'] : [],
				'polluted' in {} ? ['polluted'] : []
			);
			return polluted.length ? `Object.prototype polluted: ${polluted.join(', ')}` : null;
		}
	};
}

/** Valid inputs of the procedure for this caller (one per probe), to break in one place. */
function validInputs(path: string, who: Who): unknown[] {
	const p = FUZZERS[who] as Principal;
	const inputs = Object.values(PROBES[path] ?? {}).flatMap((probe) =>
		MUNIS.map((data) =>
			probe.input({ world, p, cell: { tenant: 'riga', data }, app: world.apps[data] })
		)
	);
	return inputs.length > 0 ? inputs : [{}];
}

/** Real identifiers of the data: a broken input that names them reaches further in. */
function knownValues(): unknown[] {
	const apps = MUNIS.map((m) => world.apps[m]);
	return [
		...MUNIS,
		'jurmala',
		'education-enrolment',
		'advertising-permit',
		world.draft.id,
		...apps.flatMap((a) => [a.id, a.conflictId, a.clientId, a.attachment.sha256, a.version]),
		...Object.values(world.sessions).map((s) => s.id),
		...[ROLE_IDS.officer, ROLE_IDS.admin].flatMap((ids) => Object.values(ids)),
		ROLE_IDS.operator,
		...PRINCIPALS.map((p) => p.personId).filter(Boolean)
	];
}

const transport: fc.Arbitrary<Transport> = fc.oneof(
	{ weight: 12, arbitrary: fc.constant('normal' as const) },
	{ weight: 1, arbitrary: fc.constantFrom(...TRANSPORTS) }
);

async function sendAndJudge(
	send: (request: Request, who: Who) => Promise<Response>,
	path: string,
	who: Who,
	payload: Payload,
	how: Transport
) {
	const type = procedures[path]?._def.type ?? 'query';
	const response = await send(requestFor(path, type, payload, how), who);
	statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
	const problem = await problemWith(response);
	counts.set(path, (counts.get(path) ?? 0) + 1);
	return problem ? `${path} as ${who}, ${payload.label} via ${how}: ${problem}` : null;
}

describe('fuzz: every procedure answers hostile input with a 2xx or 4xx, never a 5xx', () => {
	for (const path of paths) {
		it(`${path}: ${RUNS} generated requests`, async () => {
			const db = restore(world);
			const { send, healthy } = server(db);
			const known = knownValues();
			const case_ = fc
				.constantFrom<Who>(...sendersOf(path))
				.chain((who) =>
					fc.tuple(fc.constant(who), payloadFor(validInputs(path, who), known), transport)
				);
			await fc.assert(
				fc.asyncProperty(case_, async ([who, payload, how]) => {
					const problem = await sendAndJudge(send, path, who, payload, how);
					expect(problem).toBeNull();
				}),
				{ numRuns: RUNS, seed: SEED, endOnFailure: true }
			);
			expect(await healthy()).toBeNull();
			db.$client.close();
		}, 120_000);
	}

	it('answers requests no procedure matches, and known counterexamples, below 500', async () => {
		const db = restore(world);
		const { send, healthy } = server(db);
		const odd: [string, Payload, Transport][] = [
			['no.such', { text: '{}', label: 'unknown path' }, 'normal'],
			['', { text: '{}', label: 'empty path' }, 'normal'],
			['identity.me,no.such', { text: '{}', label: 'batch with unknown' }, 'batch'],
			['__proto__', { text: '{}', label: 'prototype path' }, 'normal'],
			['identity.constructor', { text: '{}', label: 'constructor path' }, 'normal']
		];
		for (const [path, payload, how] of odd) {
			expect(await sendAndJudge(send, path, 'citizen', payload, how)).toBeNull();
		}
		for (const r of FUZZ_REGRESSIONS) {
			expect(await sendAndJudge(send, r.path, r.who, r.payload, r.transport), r.note).toBeNull();
		}
		expect(await healthy()).toBeNull();
	});

	it(`sent at least ${MIN_RUNS} requests to every procedure`, () => {
		expect(paths.filter((p) => (counts.get(p) ?? 0) < MIN_RUNS)).toEqual([]);
	});
});
