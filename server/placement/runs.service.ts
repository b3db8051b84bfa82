import { TRPCError } from '@trpc/server';
import { canonicalJson } from '../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { PlacementResult, VerificationReport } from '../../src/lib/domain/placement/contract';
import { todayInLatvia } from '../../src/lib/domain/time';
import { serviceWith, type ServiceWith } from '../../src/lib/services/registry';
import { placementApplications } from '../applications/applications.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { serviceSetup } from '../service-settings/service-settings.service';
import { newSeed, place, seedCommitment, verify, zPlacementInput } from './engine';
import { placementRepo, type RunRow } from './placement.repo';
import { programmeViews } from './programmes.service';
import { isFactName, zFact } from '../../src/lib/domain/placement/facts';
import type { RuleSet } from '../../src/lib/domain/placement/rule-set';
import { groupOf } from '../../src/lib/domain/placement/rules';
import { ruleSetOn, withProgrammes } from './rule-sets.service';
import {
	inputOf,
	programmeOf,
	tieValue,
	type ProgrammeGroup,
	type RunSnapshot,
	type SnapshotApplicant,
	type SnapshotFact
} from './snapshot';

/** Applications a run places: those waiting in the queue. */
export const QUEUED_STATES = ['in_queue'] as const;

/** The group a commission decision grants: above every group of the municipality's order. */
export const COMMISSION_GROUP = 'commission';

/** Why a run may not be published, beyond the engine's checks (bad data stops it). */
export type RunProblem = { code: string; programmeId?: string };

export type RunReport = VerificationReport & { problems: RunProblem[] };

export type RunKind = 'main' | 'second' | 'rolling';

function placementService(service: string): ServiceWith<'placement'> {
	const def = serviceWith(service, 'placement');
	if (!def) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.service.unknown' });
	}
	return def;
}

/**
 * Freezes what a run of this intake depends on, on `runDate`: the free seats of the intake's
 * programmes and, for each queued application, its choices as programmes, its groups with
 * evidence (officers' case decisions applied) and its tie-break value.
 */
export function takeSnapshot(
	db: DbOrTx,
	municipalityId: string,
	input: { service: string; intake: string; kind: RunKind },
	runDate: string,
	/** An application to include whatever its state (an explanation of one not queued). */
	also?: { id: string; status: string }
): { snapshot: RunSnapshot; problems: RunProblem[] } {
	const def = placementService(input.service);
	const cap = def.placement;
	const settings = serviceSetup(db, municipalityId, def).settings;
	const programmes = programmeViews(db, municipalityId, runDate, input.service).filter(
		(p) => p.level === input.intake
	);
	const problems: RunProblem[] = programmes
		.filter((p) => p.capacity === null || p.capacity === 0)
		.map((p) => ({ code: 'placement.run.noCapacity', programmeId: p.id }));
	if (programmes.length === 0) {
		problems.push({ code: 'placement.run.noProgrammes' });
	}
	const ruleSet = withProgrammes(
		municipalityId,
		ruleSetOn(db, municipalityId, input.intake, runDate, input.service),
		programmes
			.map((p) => ({ id: p.id, institution: p.institutionId, capacity: p.capacity ?? 0 }))
			.sort((a, b) => (a.id < b.id ? -1 : 1))
	);
	const order = ruleSet.groups.map((g) => g.name);
	// After the main round, children holding an accepted seat take part too: the seat stays
	// guaranteed and only choices ranked above it are active (the engine's `held`).
	const intakeProgrammes = new Set(programmes.map((p) => p.id));
	const holding =
		input.kind === 'main'
			? new Map<string, string>()
			: new Map(
					[...placementRepo.heldByApplication(db, municipalityId)].filter(([, p]) =>
						intakeProgrammes.has(p)
					)
				);
	const states: string[] = [...QUEUED_STATES, 'accepted', ...(also ? [also.status] : [])];
	const rows = placementApplications
		.inStates(db, municipalityId, input.service, states)
		.filter(
			(row) =>
				((QUEUED_STATES as readonly string[]).includes(row.status) ||
					(row.status === 'accepted' && holding.has(row.id)) ||
					row.id === also?.id) &&
				cap.intake(row.data) === input.intake &&
				row.submittedAt !== null
		);
	const cases = placementRepo.casesOf(
		db,
		municipalityId,
		rows.map((r) => r.id)
	);
	const applicants: SnapshotApplicant[] = rows.map((row) => {
		const receivedOn = todayInLatvia(row.submittedAt ?? 0);
		let groups = cap.groups(row.data, settings, receivedOn);
		const facts: SnapshotFact[] = [
			// The service's facts, parsed: one the engine does not know is left out, not guessed.
			...cap.facts(row.data, settings, receivedOn).flatMap((f) => {
				const parsed = zFact.safeParse(f);
				return parsed.success
					? [{ ...parsed.data, source: f.name === 'birthDate' ? 'birthDate' : 'claim' }]
					: [];
			}),
			{
				name: 'registeredAt' as const,
				value: new Date(row.submittedAt ?? 0).toISOString(),
				asOf: receivedOn,
				source: 'registration'
			}
		];
		for (const c of cases.filter((x) => x.applicationId === row.id)) {
			const asOf = todayInLatvia(c.createdAt);
			if (c.kind === 'commission') {
				groups = [...groups, { group: COMMISSION_GROUP, source: 'commission', asOf }];
				facts.push({ name: 'commissionDecision', value: true, asOf, source: 'commission' });
			} else if (c.value === 'remove') {
				groups = groups.filter((g) => g.group !== c.fact);
			} else {
				groups = [
					...groups.filter((g) => g.group !== c.fact),
					{ group: c.fact, source: 'correction', asOf }
				];
			}
			if (c.kind === 'evidence') {
				correct(facts, cap.factOfGround(c.fact) ?? c.fact, c.value === 'remove', asOf);
			}
		}
		const start = cap.startDate(row.data);
		const choices: string[] = [];
		const skipped: SnapshotApplicant['skipped'] = [];
		for (const choice of cap.choices(row.data)) {
			const id = programmeOf(choice, start, programmes);
			if (id && !choices.includes(id)) {
				choices.push(id);
			} else if (!id) {
				skipped.push({ institutionId: choice.institutionId, reason: 'noProgramme' });
			}
		}
		const held = row.status === 'accepted' ? holding.get(row.id) : undefined;
		if (held && !choices.includes(held)) {
			choices.push(held);
		}
		const byProgramme = groupsAt(ruleSet, facts, runDate, choices);
		const groupRank = Math.min(order.length, ...Object.values(byProgramme).map((g) => g.rank));
		return {
			facts,
			byProgramme,
			...(held ? { held } : {}),
			id: row.id,
			choices,
			skipped,
			groupRank,
			bestGroup: order[groupRank] ?? null,
			groups,
			tie: tieValue(ruleSet.tieBreak, {
				submittedAt: row.submittedAt ?? 0,
				...cap.tieBreakFacts(row.data)
			})
		};
	});
	applicants.sort((a, b) => (a.id < b.id ? -1 : 1));
	return {
		snapshot: {
			version: 2,
			ruleSet,
			service: input.service,
			intake: input.intake,
			kind: input.kind,
			runDate,
			tieBreak: ruleSet.tieBreak,
			// A held seat is counted as held in `free`; the child holding it brings it along.
			programmes: programmes
				.map((p) => ({
					id: p.id,
					seats: p.free + applicants.filter((a) => a.held === p.id).length
				}))
				.sort((a, b) => (a.id < b.id ? -1 : 1)),
			applicants
		},
		problems
	};
}

/**
 * An officer's correction of evidence overrides the application's facts: a fact removed is
 * gone from every date; one added holds from the case's day (at the institution the family
 * named, for a sibling).
 */
function correct(facts: SnapshotFact[], name: string, remove: boolean, asOf: string) {
	if (!isFactName(name)) {
		return;
	}
	const before = facts.filter((f) => f.name === name);
	for (const f of before) {
		facts.splice(facts.indexOf(f), 1);
	}
	if (!remove) {
		const institution = before.find((f) => f.institution)?.institution;
		facts.push({
			name,
			value: true,
			asOf,
			source: 'correction',
			...(institution ? { institution } : {})
		});
	}
}

/** The group at each chosen programme, with the evidence that put the applicant there. */
function groupsAt(
	ruleSet: RuleSet,
	facts: readonly SnapshotFact[],
	runDate: string,
	choices: readonly string[]
): Record<string, ProgrammeGroup> {
	const institutionOf = new Map(ruleSet.programmes.map((p) => [p.id, p.institution]));
	const out: Record<string, ProgrammeGroup> = {};
	for (const id of choices) {
		const found = groupOf(ruleSet, facts, runDate, institutionOf.get(id));
		const used = found.groupFacts as SnapshotFact[];
		const latest = used.reduce<SnapshotFact | null>(
			(a, f) => (a === null || f.asOf > a.asOf ? f : a),
			null
		);
		out[id] = {
			rank: found.groupRank,
			evidence:
				found.group === null || latest === null
					? null
					: { group: found.group, source: latest.source, asOf: latest.asOf }
		};
	}
	return out;
}

/** Runs the engine on a snapshot and checks the result: the same bytes every time. */
export function runSnapshot(snapshot: RunSnapshot, seed: string) {
	const input = inputOf(snapshot, seed);
	// Bad data (duplicate ids or choices, a held seat outside the run) stops the run here.
	const checked = zPlacementInput.safeParse(input);
	if (!checked.success) {
		const empty: PlacementResult = { assignment: {}, cutoffs: {} };
		const problems: RunProblem[] = checked.error.issues.map((i) => ({ code: i.message }));
		const report: VerificationReport = {
			ok: false,
			blockingPairs: [],
			wastedSeats: [],
			overCapacity: [],
			ineligible: [],
			heldSeatLost: []
		};
		return { result: canonicalJson(empty), report, problems };
	}
	const result: PlacementResult = place(input);
	const report = verify(input, result);
	return { result: canonicalJson(result), report, problems: [] as RunProblem[] };
}

/**
 * The first half of a round: freeze the input (snapshot) and commit to a seed by storing its
 * hash, which officers (and the published run) show before anything is run. The seed itself
 * is revealed with the published run, so anyone can check the order inside equal groups.
 */
export function prepareRun(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor | null,
	input: { service: string; intake: string; kind: RunKind },
	now: number,
	seed: string = newSeed()
): RunRow {
	if (tenant.services && !tenant.services.includes(input.service)) {
		throw new TRPCError({ code: 'FORBIDDEN', message: 'placement.noRoleForService' });
	}
	const runDate = todayInLatvia(now);
	return db.transaction((tx) => {
		const { snapshot, problems } = takeSnapshot(tx, tenant.municipalityId, input, runDate);
		const id = uuidv7(now);
		placementRepo.insertRun(tx, {
			id,
			municipalityId: tenant.municipalityId,
			service: input.service,
			intake: input.intake,
			kind: input.kind,
			runDate,
			status: 'prepared',
			seedHash: seedCommitment(seed),
			seed,
			snapshot: canonicalJson(snapshot),
			// Bad data found while freezing the input is kept and stops publication later.
			report: problems.length > 0 ? canonicalJson({ problems }) : null,
			createdBy: actor?.id ?? null,
			createdAt: now
		});
		return placementRepo.run(tx, tenant.municipalityId, id) as RunRow;
	});
}

/**
 * The second half: run the engine on the frozen input and verify the result. A failed check
 * (blocking pairs, wasted seats, over capacity, ineligible, a held seat lost) or bad data (a
 * programme without seats) stores the run as `failed` with the reasons; it cannot be
 * published and nothing else changes.
 */
export function executeRun(db: DbOrTx, tenant: Tenant, runId: string, now: number): RunRow {
	return db.transaction((tx) => {
		const run = placementRepo.run(tx, tenant.municipalityId, runId);
		if (!run || (tenant.services && !tenant.services.includes(run.service))) {
			throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.run.unknown' });
		}
		if (run.status !== 'prepared') {
			throw new TRPCError({ code: 'CONFLICT', message: 'placement.run.alreadyRun' });
		}
		const snapshot = JSON.parse(run.snapshot) as RunSnapshot;
		const problems = run.report
			? (JSON.parse(run.report) as { problems: RunProblem[] }).problems
			: [];
		const ran = runSnapshot(snapshot, run.seed);
		const found = [...problems, ...ran.problems];
		const full: RunReport = {
			...ran.report,
			ok: ran.report.ok && found.length === 0,
			problems: found
		};
		const result = ran.result;
		placementRepo.recordResult(tx, tenant.municipalityId, run.id, {
			status: full.ok ? 'verified' : 'failed',
			result,
			report: canonicalJson(full),
			ranAt: now
		});
		return placementRepo.run(tx, tenant.municipalityId, run.id) as RunRow;
	});
}

/** Replays a stored run from its snapshot and seed: true when the output is byte-identical. */
export function replayRun(db: DbOrTx, tenant: Tenant, runId: string) {
	const run = placementRepo.run(db, tenant.municipalityId, runId);
	if (!run || (tenant.services && !tenant.services.includes(run.service))) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.run.unknown' });
	}
	const snapshot = JSON.parse(run.snapshot) as RunSnapshot;
	const { result } = runSnapshot(snapshot, run.seed);
	return {
		identical: run.result !== null && result === run.result,
		seedHashMatches: seedCommitment(run.seed) === run.seedHash
	};
}

export type RunView = {
	id: string;
	service: string;
	intake: string;
	kind: RunKind;
	runDate: string;
	status: RunRow['status'];
	seedHash: string;
	/** The seed is shown once the run is published (its hash was shown before). */
	seed: string | null;
	createdAt: number;
	publishedAt: number | null;
	applicants: number;
	placed: number;
	report: RunReport;
	cutoffs: Record<string, readonly number[] | null>;
};

const EMPTY_REPORT: RunReport = {
	ok: false,
	blockingPairs: [],
	wastedSeats: [],
	overCapacity: [],
	ineligible: [],
	heldSeatLost: [],
	problems: []
};

export function runView(run: RunRow): RunView {
	const snapshot = JSON.parse(run.snapshot) as RunSnapshot;
	const result: PlacementResult = run.result
		? (JSON.parse(run.result) as PlacementResult)
		: { assignment: {}, cutoffs: {} };
	const stored = run.report ? (JSON.parse(run.report) as Partial<RunReport>) : {};
	return {
		id: run.id,
		service: run.service,
		intake: run.intake,
		kind: run.kind,
		runDate: run.runDate,
		status: run.status,
		seedHash: run.seedHash,
		seed: run.status === 'published' ? run.seed : null,
		createdAt: run.createdAt,
		publishedAt: run.publishedAt,
		applicants: snapshot.applicants.length,
		placed: Object.values(result.assignment).filter((p) => p !== null).length,
		report: { ...EMPTY_REPORT, ...stored },
		cutoffs: { ...result.cutoffs }
	};
}

export function getRun(db: DbOrTx, tenant: Tenant, runId: string): RunView {
	const run = placementRepo.run(db, tenant.municipalityId, runId);
	if (!run || (tenant.services && !tenant.services.includes(run.service))) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'placement.run.unknown' });
	}
	return runView(run);
}
