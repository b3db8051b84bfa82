import type {
	ApplicantId,
	PlacementApplicant,
	PlacementInput,
	PlacementResult,
	PriorityKey,
	ProgrammeId
} from './contract';
import { activeChoices, holdsSeatAt, keyAt } from './choices';
import { compareIds, compareKeys } from './keys';
import type { ApplicantEvidence } from './rules';

/**
 * Why each choice did or did not bring an offer (issue 16 items 6 and 7), as data plus a
 * catalogue key: the page puts it into words in the person's language. Works from the run's
 * input and result alone; with buildKeys' evidence it also names the group and its facts.
 */

export type ChoiceReason =
	| 'placementEngine.reason.placed'
	| 'placementEngine.reason.held'
	| 'placementEngine.reason.placedHigher'
	| 'placementEngine.reason.full'
	| 'placementEngine.reason.onlyHeld'
	| 'placementEngine.reason.noSeats'
	| 'placementEngine.reason.notEligible'
	| 'placementEngine.reason.notInRun'
	| 'placementEngine.reason.belowHeld';

export interface ChoiceExplanation {
	readonly programme: ProgrammeId;
	readonly reason: ChoiceReason;
	/** The applicant's key there, or null where they have none (not eligible). */
	readonly key: PriorityKey | null;
	/** The priority group's name (with evidence), else null; groupRank is the key's first part. */
	readonly group: string | null;
	readonly groupRank: number | null;
	/** The key's parts after group and window, before the fallback (evidence only). */
	readonly tieBreakValues: readonly number[] | null;
	/** 1 + how many of those competing for the programme come before the applicant; null if not competing. */
	readonly liveRank: number | null;
	readonly seats: number;
	/** The programme's cut-off in this run (null: seats were left). */
	readonly cutoff: PriorityKey | null;
}

export interface EntryExplanation {
	readonly applicant: ApplicantId;
	readonly placed: ProgrammeId | null;
	readonly choices: readonly ChoiceExplanation[];
}

export interface ProgrammePublication {
	readonly programme: ProgrammeId;
	readonly seats: number;
	readonly filled: number;
	readonly cutoff: PriorityKey | null;
	/** The cut-off key's group name, when evidence was given. */
	readonly cutoffGroup: string | null;
	/** Applicants still waiting for the programme (wanted it more than their placement), by group. */
	readonly queueByGroup: Readonly<Record<string, number>>;
}

/** The name published for entries that matched no group. */
export const NO_GROUP = '-';

export function explain(
	input: PlacementInput,
	result: PlacementResult,
	evidence: Readonly<Record<ApplicantId, ApplicantEvidence>> = {}
): EntryExplanation[] {
	const known = new Set(input.programmes.map((p) => p.id));
	const seats = new Map(input.programmes.map((p) => [p.id, Math.max(0, Math.floor(p.seats))]));
	const ranks = liveRanks(input, known);
	return [...input.applicants]
		.sort((a, b) => compareIds(a.id, b.id))
		.map((applicant) => {
			const placed = result.assignment[applicant.id] ?? null;
			const active = activeChoices(applicant, known);
			const placedIndex = placed === null ? active.length : active.indexOf(placed);
			const listed = [...applicant.choices];
			if (applicant.held !== undefined && !listed.includes(applicant.held)) {
				listed.push(applicant.held);
			}
			const choices = [...new Set(listed)].map((programme): ChoiceExplanation => {
				const found = evidence[applicant.id]?.programmes[programme];
				const key = applicant.keys[programme] ?? null;
				const cutoff = result.cutoffs[programme] ?? null;
				const index = active.indexOf(programme);
				return {
					programme,
					reason: reasonFor(applicant, programme, {
						known,
						key,
						placed,
						index,
						placedIndex,
						cutoff,
						seats
					}),
					key,
					group: found?.group ?? null,
					groupRank: found?.groupRank ?? key?.[0] ?? null,
					tieBreakValues: found?.tieBreakValues ?? null,
					liveRank: index < 0 ? null : (ranks.get(programme)?.get(applicant.id) ?? null),
					seats: seats.get(programme) ?? 0,
					cutoff
				};
			});
			return { applicant: applicant.id, placed, choices };
		});
}

interface Situation {
	known: ReadonlySet<ProgrammeId>;
	key: PriorityKey | null;
	placed: ProgrammeId | null;
	index: number;
	placedIndex: number;
	cutoff: PriorityKey | null;
	seats: ReadonlyMap<ProgrammeId, number>;
}

function reasonFor(
	applicant: PlacementApplicant,
	programme: ProgrammeId,
	s: Situation
): ChoiceReason {
	if (programme === s.placed) {
		return holdsSeatAt(applicant, programme)
			? 'placementEngine.reason.held'
			: 'placementEngine.reason.placed';
	}
	if (!s.known.has(programme)) {
		return 'placementEngine.reason.notInRun';
	}
	if (s.index < 0) {
		return s.key === null
			? 'placementEngine.reason.notEligible'
			: 'placementEngine.reason.belowHeld';
	}
	if (s.index > s.placedIndex) {
		return 'placementEngine.reason.placedHigher';
	}
	if ((s.seats.get(programme) ?? 0) === 0) {
		return 'placementEngine.reason.noSeats';
	}
	return s.cutoff !== null && s.cutoff.length === 0
		? 'placementEngine.reason.onlyHeld'
		: 'placementEngine.reason.full';
}

/** Per programme, every competing applicant's 1-based position (holders first, then by key, then id). */
function liveRanks(
	input: PlacementInput,
	known: ReadonlySet<ProgrammeId>
): Map<ProgrammeId, Map<ApplicantId, number>> {
	const competing = new Map<ProgrammeId, PlacementApplicant[]>();
	for (const applicant of input.applicants) {
		for (const programme of activeChoices(applicant, known)) {
			const list = competing.get(programme);
			if (list === undefined) {
				competing.set(programme, [applicant]);
			} else {
				list.push(applicant);
			}
		}
	}
	const ranks = new Map<ProgrammeId, Map<ApplicantId, number>>();
	for (const [programme, list] of competing) {
		list.sort(
			(x, y) =>
				Number(holdsSeatAt(y, programme)) - Number(holdsSeatAt(x, programme)) ||
				compareKeys(keyAt(x, programme), keyAt(y, programme)) ||
				compareIds(x.id, y.id)
		);
		ranks.set(programme, new Map(list.map((a, i) => [a.id, i + 1])));
	}
	return ranks;
}

/**
 * The run's open-data view: per programme its seats, how many were filled, the cut-off, and
 * the queue still waiting by group. No applicant ids, no personal facts.
 */
export function publication(
	input: PlacementInput,
	result: PlacementResult,
	evidence: Readonly<Record<ApplicantId, ApplicantEvidence>> = {}
): ProgrammePublication[] {
	const known = new Set(input.programmes.map((p) => p.id));
	const filled = new Map<ProgrammeId, number>();
	const queues = new Map<ProgrammeId, Record<string, number>>();
	const cutoffGroups = new Map<ProgrammeId, string>();
	for (const applicant of input.applicants) {
		const placed = result.assignment[applicant.id] ?? null;
		if (placed !== null) {
			filled.set(placed, (filled.get(placed) ?? 0) + 1);
		}
		const active = activeChoices(applicant, known);
		const placedIndex = placed === null ? active.length : active.indexOf(placed);
		for (const programme of active.slice(0, Math.max(0, placedIndex))) {
			const group = groupName(evidence, applicant, programme);
			const queue = queues.get(programme) ?? {};
			queue[group] = (queue[group] ?? 0) + 1;
			queues.set(programme, queue);
		}
		if (placed !== null && !holdsSeatAt(applicant, placed)) {
			const cutoff = result.cutoffs[placed];
			if (cutoff && compareKeys(keyAt(applicant, placed), cutoff) === 0) {
				cutoffGroups.set(placed, groupName(evidence, applicant, placed));
			}
		}
	}
	return [...input.programmes]
		.sort((a, b) => compareIds(a.id, b.id))
		.map((p) => ({
			programme: p.id,
			seats: Math.max(0, Math.floor(p.seats)),
			filled: filled.get(p.id) ?? 0,
			cutoff: result.cutoffs[p.id] ?? null,
			cutoffGroup: cutoffGroups.get(p.id) ?? null,
			queueByGroup: sortedRecord(queues.get(p.id) ?? {})
		}));
}

function groupName(
	evidence: Readonly<Record<ApplicantId, ApplicantEvidence>>,
	applicant: PlacementApplicant,
	programme: ProgrammeId
): string {
	const found = evidence[applicant.id]?.programmes[programme];
	if (found !== undefined) {
		return found.group ?? NO_GROUP;
	}
	const rank = applicant.keys[programme]?.[0];
	return rank === undefined ? NO_GROUP : String(rank);
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareIds(a, b)));
}
