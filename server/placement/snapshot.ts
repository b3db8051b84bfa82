import type {
	PlacementApplicant,
	PlacementInput,
	PriorityKey
} from '../../src/lib/domain/placement/contract';
import { isCalendarDate, toDayNumber } from '../../src/lib/domain/calendar/dates';
import type { TieBreak } from '../../src/lib/domain/placement-settings';
import { drawFor } from './engine';
import type { PlacementChoice, PlacementGroupEvidence } from '../../src/lib/services/types';

/**
 * A run's frozen input (issue 16): everything the match depends on but the seed. Written
 * before the seed is drawn, stored as canonical JSON, and read back to replay the run byte
 * for byte. Keys are finished with the seed (`inputOf`), so the order inside equal groups
 * cannot be chosen after seeing the applicants.
 */
export type RunSnapshot = {
	version: 1;
	service: string;
	intake: string;
	kind: 'main' | 'second' | 'rolling';
	runDate: string;
	tieBreak: TieBreak;
	programmes: { id: string; seats: number }[];
	applicants: SnapshotApplicant[];
};

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
