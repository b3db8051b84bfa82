import type {
	PlacementApplicant,
	PlacementInput,
	PriorityKey
} from '../../src/lib/domain/placement/contract';
import { isCalendarDate, toDayNumber } from '../../src/lib/domain/calendar/dates';
import type { TieBreak } from '../../src/lib/domain/placement-settings';
import type { Fact } from '../../src/lib/domain/placement/facts';
import type { RuleSet } from '../../src/lib/domain/placement/rule-set';
import { buildKeys } from '../../src/lib/domain/placement/rules';
import { drawFor } from './engine';
import type { PlacementChoice, PlacementGroupEvidence } from '../../src/lib/services/types';

/**
 * A run's frozen input (issue 16): everything the match depends on but the seed. Written
 * before the seed is drawn, stored as canonical JSON, and read back to replay the run byte
 * for byte. Keys are finished with the seed (`inputOf`), so the order inside equal groups
 * cannot be chosen after seeing the applicants.
 */
export type RunSnapshot = {
	/** 1: one flat group order (runs before rule sets); 2: the rule set with facts. */
	version: 1 | 2;
	service: string;
	intake: string;
	kind: 'main' | 'second' | 'rolling';
	runDate: string;
	tieBreak: TieBreak;
	programmes: { id: string; seats: number }[];
	applicants: SnapshotApplicant[];
	/**
	 * Version 2: the rule set in force on the run date (its version and groups; programmes with
	 * their institutions). Keys are built from it and each applicant's facts by `buildKeys`.
	 */
	ruleSet?: RuleSet;
};

/** A fact as the snapshot keeps it: with what it rests on (a claim, a case, the birth date). */
export type SnapshotFact = Fact & { source: string };

/** The group an applicant is in at one programme (a rule may hold at one institution only). */
export type ProgrammeGroup = { rank: number; evidence: PlacementGroupEvidence | null };

export type SnapshotApplicant = {
	id: string;
	/** Ranked programme ids (choices with no programme of this intake are left out). */
	choices: string[];
	/** Choices that matched no programme, with why (an explanation says so). */
	skipped: { institutionId: string; reason: 'noProgramme' }[];
	/** Index of the best group in the order (the order's length: no group). */
	groupRank: number;
	/** The group that rank stands for (null: none). */
	bestGroup: string | null;
	groups: PlacementGroupEvidence[];
	/** The tie-break value: lower first (receipt time, birth day, minus a score, or 0). */
	tie: number;
	/** Rolling and second rounds: the programme whose seat the child holds (accepted). */
	held?: string;
	/** Version 2: the dated facts the rule set reads. */
	facts?: SnapshotFact[];
	/** Version 2: the group at each programme chosen (seed-free, so frozen with the rest). */
	byProgramme?: Record<string, ProgrammeGroup>;
};

export type ProgrammeKey = {
	id: string;
	institutionId: string;
	level: string;
	language: string;
	startDate: string;
};

/**
 * The programme a choice stands for: same institution, level and language, with the latest
 * start period not after the start the family asked for (or the earliest, if all are later).
 */
export function programmeOf(
	choice: PlacementChoice,
	startDate: string | null,
	programmes: readonly ProgrammeKey[]
): string | null {
	const fitting = programmes
		.filter(
			(p) =>
				p.institutionId === choice.institutionId &&
				p.level === choice.level &&
				p.language === choice.language
		)
		.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
	if (fitting.length === 0) {
		return null;
	}
	const before = startDate ? fitting.filter((p) => p.startDate <= startDate) : [];
	return (before[before.length - 1] ?? fitting[0] ?? null)?.id ?? null;
}

/** The tie-break value of an application under the intake's rule (lower is earlier). */
export function tieValue(
	rule: TieBreak,
	facts: { submittedAt: number; birthDate: string | null; score: number | null }
): number {
	switch (rule) {
		case 'registration':
			return facts.submittedAt;
		case 'birthDate':
			// Older children first; an unknown birth date last.
			return facts.birthDate && isCalendarDate(facts.birthDate)
				? toDayNumber(facts.birthDate)
				: Number.MAX_SAFE_INTEGER;
		case 'scoreThenLottery':
			return facts.score === null ? 0 : -facts.score;
		case 'lottery':
			return 0;
	}
}

/**
 * An applicant's key, finished by the seed: [group rank, tie-break, lottery number where the
 * intake draws lots, the seeded fallback]. The same at every choice (the rules here give no
 * programme-specific group yet).
 */
export function keyOf(a: SnapshotApplicant, seed: string, lottery: boolean): PriorityKey {
	const draw = drawFor(seed, a.id);
	return lottery
		? [a.groupRank, a.tie, draw.lottery, draw.fallback]
		: [a.groupRank, a.tie, draw.fallback];
}

/** The engine's input: the snapshot with the keys finished by the seed. */
export function inputOf(snapshot: RunSnapshot, seed: string): PlacementInput {
	if (snapshot.ruleSet) {
		return ruleSetInputOf(snapshot, snapshot.ruleSet, seed);
	}
	const lottery = snapshot.tieBreak === 'lottery' || snapshot.tieBreak === 'scoreThenLottery';
	const applicants: PlacementApplicant[] = snapshot.applicants.map((a) => {
		const key = keyOf(a, seed, lottery);
		return {
			id: a.id,
			choices: a.choices,
			keys: Object.fromEntries(a.choices.map((p) => [p, key])),
			...(a.held ? { held: a.held } : {})
		};
	});
	return { programmes: snapshot.programmes, applicants };
}

/**
 * Version 2: the engine's `buildKeys` over the frozen rule set and facts, finished by the
 * seed; the seats are the snapshot's (free seats on the run date, held ones included).
 */
function ruleSetInputOf(snapshot: RunSnapshot, ruleSet: RuleSet, seed: string): PlacementInput {
	const facts = Object.fromEntries(snapshot.applicants.map((a) => [a.id, a.facts ?? []]));
	const built = buildKeys(
		ruleSet,
		snapshot.applicants.map((a) => ({
			id: a.id,
			choices: a.choices,
			...(a.held ? { held: a.held } : {})
		})),
		facts,
		snapshot.runDate,
		seed
	);
	return { programmes: snapshot.programmes, applicants: built.input.applicants };
}

/** The key an applicant had at a programme in a run (null: not ranked there). */
export function keyAt(
	snapshot: RunSnapshot,
	seed: string,
	applicantId: string,
	programmeId: string
): PriorityKey | null {
	const me = snapshot.applicants.find((a) => a.id === applicantId);
	if (!me) {
		return null;
	}
	if (!snapshot.ruleSet) {
		const lottery = snapshot.tieBreak === 'lottery' || snapshot.tieBreak === 'scoreThenLottery';
		return keyOf(me, seed, lottery);
	}
	const input = ruleSetInputOf({ ...snapshot, applicants: [me] }, snapshot.ruleSet, seed);
	return input.applicants[0]?.keys[programmeId] ?? null;
}
