import { addDays, toDayNumber } from '../calendar/dates';
import { startOfLatvianDay } from '../time';
import type {
	ApplicantId,
	PlacementApplicant,
	PlacementInput,
	PriorityKey,
	ProgrammeId
} from './contract';
import { idRecord } from './keys';
import { factOn, type Fact, type FactName } from './facts';
import type { Predicate, RuleSet, TieBreak } from './rule-set';
import { drawer, type Seed } from './seed';

/**
 * From a rule set and dated facts to the engine's keys (issue 16 item 2). A key is
 * [group rank, application window, tie-break value(s)…, seeded fallback], lower first:
 *
 * - group rank: the first group whose predicate holds on the run date (no group: after all);
 * - window: how many application windows had closed when the entry was registered;
 * - tie-break: registration instant (ms), lottery number, birth day (older first), or minus
 *   the exam score then the lottery number;
 * - fallback: a second seeded number, so two keys are equal only by a 2^-48 accident (and
 *   then the engine orders by applicant id).
 *
 * Each key keeps its evidence: the group, the facts that put the applicant there (with their
 * dates) and the facts behind the tie-break, so a parent is shown what counted and as of when.
 */

/** A missing tie-break fact puts the entry after everyone who has one. */
export const MISSING = Number.MAX_SAFE_INTEGER;

export interface RankedEntry {
	readonly id: ApplicantId;
	readonly choices: readonly ProgrammeId[];
	readonly held?: ProgrammeId;
}

export interface KeyEvidence {
	/** The matching group's name, or null when no group matched (ranked after all groups). */
	readonly group: string | null;
	readonly groupRank: number;
	/** The facts that made the group match, as of their dates. */
	readonly groupFacts: readonly Fact[];
	readonly window: number;
	readonly tieBreak: TieBreak;
	readonly tieBreakValues: readonly number[];
	readonly tieBreakFacts: readonly Fact[];
	readonly fallback: number;
	readonly key: PriorityKey;
}

export interface ApplicantEvidence {
	readonly eligible: boolean;
	/** The facts that made the applicant eligible (empty when no eligibility rule). */
	readonly eligibilityFacts: readonly Fact[];
	readonly lottery: number;
	readonly programmes: Readonly<Record<ProgrammeId, KeyEvidence>>;
}

export interface BuiltKeys {
	/** Seats are the rule set's capacities; a rolling round replaces them with free seats. */
	readonly input: PlacementInput;
	readonly evidence: Readonly<Record<ApplicantId, ApplicantEvidence>>;
}

interface Outcome {
	matched: boolean;
	facts: Fact[];
}

/** Whether the predicate holds on the run date, with the facts that make it hold. */
export function evaluate(
	predicate: Predicate,
	facts: readonly Fact[],
	runDate: string,
	institution?: string
): Outcome {
	if ('all' in predicate) {
		const used: Fact[] = [];
		for (const part of predicate.all) {
			const outcome = evaluate(part, facts, runDate, institution);
			if (!outcome.matched) {
				return { matched: false, facts: [] };
			}
			used.push(...outcome.facts);
		}
		return { matched: true, facts: used };
	}
	if ('any' in predicate) {
		for (const part of predicate.any) {
			const outcome = evaluate(part, facts, runDate, institution);
			if (outcome.matched) {
				return outcome;
			}
		}
		return { matched: false, facts: [] };
	}
	const fact = factOn(facts, predicate.fact as FactName, runDate, institution);
	return fact !== undefined && holds(predicate, fact, runDate)
		? { matched: true, facts: [fact] }
		: { matched: false, facts: [] };
}

function holds(
	test: Exclude<Predicate, { all: unknown } | { any: unknown }>,
	fact: Fact,
	runDate: string
) {
	const value = fact.value;
	if (test.equals !== undefined) {
		return value === test.equals;
	}
	if (test.oneOf !== undefined) {
		return typeof value === 'string' && test.oneOf.includes(value);
	}
	if (test.atLeast !== undefined) {
		return typeof value === 'number' && value >= test.atLeast;
	}
	if (test.ageInRunYearAtLeast !== undefined) {
		// Compulsory pre-school runs from the calendar year the child turns 5.
		return (
			typeof value === 'string' &&
			Number(runDate.slice(0, 4)) - Number(value.slice(0, 4)) >= test.ageInRunYearAtLeast
		);
	}
	return value === true;
}

/** The first group that holds, or the place after every group. */
export function groupOf(
	ruleSet: RuleSet,
	facts: readonly Fact[],
	runDate: string,
	institution?: string
): { group: string | null; groupRank: number; groupFacts: Fact[] } {
	for (let rank = 0; rank < ruleSet.groups.length; rank += 1) {
		const group = ruleSet.groups[rank];
		if (group === undefined) {
			break;
		}
		const outcome = evaluate(group.when, facts, runDate, institution);
		if (outcome.matched) {
			return { group: group.name, groupRank: rank, groupFacts: outcome.facts };
		}
	}
	return { group: null, groupRank: ruleSet.groups.length, groupFacts: [] };
}

/** The keys of a run and their evidence. Parse the rule set with zRuleSet and facts with zFact first. */
export function buildKeys(
	ruleSet: RuleSet,
	entries: readonly RankedEntry[],
	facts: Readonly<Record<ApplicantId, readonly Fact[]>>,
	runDate: string,
	seed: Seed
): BuiltKeys {
	toDayNumber(runDate); // a malformed run date throws here, not somewhere in the middle
	const institutionOf = new Map(ruleSet.programmes.map((p) => [p.id, p.institution]));
	const draw = drawer(seed);
	// One map reused for every applicant: a group is worked out once per institution.
	const byInstitution = new Map<string, ReturnType<typeof groupOf>>();
	// The instant each window closes (midnight after its last Riga day), computed once.
	const closes = ruleSet.windows.map((w) => startOfLatvianDay(addDays(w.to, 1)));
	const applicants: PlacementApplicant[] = [];
	const evidence = idRecord<ApplicantEvidence>();
	for (const entry of entries) {
		const known = facts[entry.id] ?? [];
		const { lottery, fallback } = draw(entry.id);
		const eligibility =
			ruleSet.eligibility === undefined
				? { matched: true, facts: [] }
				: evaluate(ruleSet.eligibility, known, runDate);
		const registered = factOn(known, 'registeredAt', runDate, undefined);
		const window = windowOf(closes, registered);
		const tie = tieBreakOf(ruleSet.tieBreak, known, runDate, registered, lottery);
		const keys = idRecord<PriorityKey>();
		const perProgramme = idRecord<KeyEvidence>();
		byInstitution.clear();
		const wanted = entry.held === undefined ? entry.choices : [...entry.choices, entry.held];
		for (const programme of wanted) {
			const institution = institutionOf.get(programme);
			if (!eligibility.matched || institution === undefined || keys[programme] !== undefined) {
				continue;
			}
			let group = byInstitution.get(institution);
			if (group === undefined) {
				group = groupOf(ruleSet, known, runDate, institution);
				byInstitution.set(institution, group);
			}
			const key = [group.groupRank, window, ...tie.values, fallback];
			keys[programme] = key;
			perProgramme[programme] = {
				group: group.group,
				groupRank: group.groupRank,
				groupFacts: group.groupFacts,
				window,
				tieBreak: ruleSet.tieBreak,
				tieBreakValues: tie.values,
				tieBreakFacts: tie.facts,
				fallback,
				key
			};
		}
		applicants.push({
			id: entry.id,
			choices: entry.choices,
			keys,
			...(entry.held === undefined ? {} : { held: entry.held })
		});
		evidence[entry.id] = {
			eligible: eligibility.matched,
			eligibilityFacts: eligibility.facts,
			lottery,
			programmes: perProgramme
		};
	}
	const programmes = ruleSet.programmes.map((p) => ({ id: p.id, seats: p.capacity }));
	return { input: { programmes, applicants }, evidence };
}

/** How many windows had closed (in Riga days) when the entry was registered. */
function windowOf(closes: readonly number[], registered: Fact | undefined): number {
	const at = typeof registered?.value === 'string' ? Date.parse(registered.value) : Number.NaN;
	if (Number.isNaN(at)) {
		return closes.length;
	}
	let closed = 0;
	for (const close of closes) {
		if (close <= at) {
			closed += 1;
		}
	}
	return closed;
}

function tieBreakOf(
	tieBreak: TieBreak,
	facts: readonly Fact[],
	runDate: string,
	registered: Fact | undefined,
	lottery: number
): { values: number[]; facts: Fact[] } {
	switch (tieBreak) {
		case 'registration': {
			const at = typeof registered?.value === 'string' ? Date.parse(registered.value) : NaN;
			return Number.isNaN(at) || registered === undefined
				? { values: [MISSING], facts: [] }
				: { values: [at], facts: [registered] };
		}
		case 'lottery':
			return { values: [lottery], facts: [] };
		case 'birthDate': {
			const birth = factOn(facts, 'birthDate', runDate, undefined);
			return typeof birth?.value === 'string'
				? { values: [toDayNumber(birth.value)], facts: [birth] }
				: { values: [MISSING], facts: [] };
		}
		case 'scoreThenLottery': {
			const score = factOn(facts, 'examScore', runDate, undefined);
			// Higher scores first: the key holds minus the score.
			return typeof score?.value === 'number'
				? { values: [0 - score.value, lottery], facts: [score] }
				: { values: [MISSING, lottery], facts: [] };
		}
	}
}
