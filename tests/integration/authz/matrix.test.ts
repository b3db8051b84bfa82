/**
 * # Authorization matrix
 *
 * Every tRPC procedure, enumerated from `appRouter._def.procedures`, is called by every kind
 * of caller (world.ts PRINCIPALS: anonymous, two citizens, a company signatory, officers,
 * an inspector, a municipal admin, the platform operator) in three cells: acting in their
 * own municipality on its records (riga/riga), in a foreign one (liepaja/liepaja), and in
 * their own municipality on a foreign record (riga/liepaja). Each call runs on a private
 * copy of honest fixture data (a submitted application with a file and an open conflict in
 * each municipality, by different citizens, and a draft).
 *
 * Expected: allowed when the procedure's access meta lets the caller in (server/kernel/trpc.ts)
 * and the probe's data requirement holds (probes.ts); otherwise denied, which means
 * UNAUTHORIZED, FORBIDDEN or NOT_FOUND (or a push whose mutation is refused as not yours).
 * A domain refusal (BAD_REQUEST, CONFLICT, …) counts as allowed: the guard let it through.
 * Any answer, allowed or not, must not contain an identifier of a record the caller may not
 * see (judge.ts secretsOf). A 5xx is always a failure.
 *
 * ## Adding a procedure
 *
 * 1. Build it from one of the builders in server/kernel/trpc.ts (publicProcedure,
 *    authedProcedure, tenantProcedure(role), operatorProcedure): that sets its access meta.
 * 2. Add an entry under its path to PROBES in probes.ts: an `input` for a cell (use
 *    `a.cell.tenant` as the municipality acted in and `a.app` for the records of
 *    `a.cell.data`), and `requires` if the procedure limits callers further by data
 *    (own records only: `ownsRecord`; staff of the record's municipality and e-service:
 *    `staffOfRecord(role)`).
 * 3. If it shows new kinds of personal data, add their identifiers to secretsOf in judge.ts.
 * On failure the test prints the matrix; see the legend above it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleRepo } from '../../../server/identity/people.repo';
import { appRouter, createCaller } from '../../../server/app/router';
import {
	COLUMNS,
	foreignRows,
	leaksIn,
	metaAllows,
	outcomeOf,
	renderTable,
	secretsOf,
	symbolOf,
	type CellResult,
	type Secret
} from './judge';
import { PROBES } from './probes';
import { PRINCIPALS } from './principals';
import { buildWorld, contextFor, restore, type World } from './world';

// The router's flat record of procedures by dotted path: only the untyped parts are read.
type AnyProcedure = { _def: { meta?: unknown; type: string } };
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();

/** A procedure of the caller by its dotted path (the caller is a nested proxy). */
function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
	const fn = path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
	return (fn as (input: unknown) => Promise<unknown>)(input);
}

let world: World;
let secrets: Secret[];
const all: CellResult[] = [];

beforeAll(async () => {
	world = await buildWorld();
	secrets = secretsOf(world);
});

afterAll(() => {
	if (process.env.AUTHZ_PRINT || all.some((r) => /[A-Z5]/.test(symbolOf(r)))) {
		console.log(`Authorization matrix\n${renderTable(all)}`);
	}
});

describe('authorization matrix', () => {
	it('has the roles the matrix assumes', () => {
		const db = restore(world);
		for (const p of PRINCIPALS.filter((x) => x.personId)) {
			const roles = peopleRepo.rolesOf(db, p.personId ?? '').map((r) => ({
				role: r.role,
				municipalityId: r.municipalityId,
				service: r.service
			}));
			expect(roles, p.name).toEqual(p.grants);
		}
	});

	for (const path of paths) {
		it(path, async () => {
			const meta = procedures[path]?._def.meta;
			const probes = PROBES[path];
			if (!probes || typeof metaAllows(meta, PRINCIPALS[0]!, 'riga') === 'string') {
				expect.fail(
					`add an input factory and access meta for ${path} (probes.ts PROBES, a builder of server/kernel/trpc.ts)`
				);
			}
			const results: CellResult[] = [];
			for (const [probeName, probe] of Object.entries(probes)) {
				for (const p of PRINCIPALS) {
					for (const cell of COLUMNS) {
						const db = restore(world);
						const args = { world, cell, p, app: world.apps[cell.data] };
						probe.prepare?.(db, args);
						const input = probe.input(args);
						const allowed =
							metaAllows(meta, p, cell.tenant) === true && (probe.requires?.(args) ?? true);
						const caller = createCaller(contextFor(db, world, p));
						const outcome = await outcomeOf(() => callByPath(caller, path, input), probe);
						const problems = [
							...leaksIn(outcome, input, p, secrets),
							...foreignRows(outcome.output, meta, p, cell)
						].map((what) => `leak: ${what}`);
						if (outcome.verdict === 'allow' && outcome.code === 'OK') {
							const wrong = probe.check?.(outcome.output, args);
							if (wrong) {
								problems.push(wrong);
							}
						}
						results.push({
							path,
							probe: probeName,
							p,
							cell,
							expected: allowed ? 'allow' : 'deny',
							outcome,
							problems
						});
						db.$client.close();
					}
				}
				// A probe whose input is refused as bad everywhere would prove nothing.
				const mine = results.filter((r) => r.probe === probeName);
				const succeeded =
					mine.every((r) => r.expected === 'deny') || mine.some((r) => r.outcome.code === 'OK');
				expect(succeeded, `${path} [${probeName}]: the probe input never succeeds for anyone`).toBe(
					true
				);
			}
			all.push(...results);
			const bad = results.filter((r) => /[A-Z5]/.test(symbolOf(r)));
			expect(bad.length, renderTable(results)).toBe(0);
		});
	}

	it('saw every kind of fixture record through someone allowed to (the leak check is not vacuous)', () => {
		const kind = (s: Secret) => s.what.replace(/^(riga|liepaja) /, '').replace(/ of .*/, '');
		const seeable = secrets.filter((s) => PRINCIPALS.some((p) => s.visibleTo(p)));
		const seen = new Set(
			seeable
				.filter((s) =>
					all.some(
						(r) =>
							s.visibleTo(r.p) && r.outcome.verdict === 'allow' && r.outcome.text.includes(s.value)
					)
				)
				.map(kind)
		);
		expect(seeable.map(kind).filter((k) => !seen.has(k))).toEqual([]);
	});
});
