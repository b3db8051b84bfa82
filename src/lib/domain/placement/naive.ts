import type {
	PlacementApplicant,
	PlacementInput,
	PlacementResult,
	PriorityKey,
	ProgrammeId
} from './contract';
import { activeChoices, holdsSeatAt, keyAt } from './choices';
import { compareIds, compareKeys, NO_KEY_GETS_IN } from './keys';

/**
 * A deliberately plain deferred acceptance, used only to cross-check `place` in tests: round
 * by round every free applicant proposes to their next choice, and each programme re-sorts
 * everyone it holds plus the newcomers and keeps the first `seats`. Slow on purpose: no
 * indices, no heaps, nothing shared with the fast engine but the key order.
 */
export function placeNaive(input: PlacementInput): PlacementResult {
	const known = new Set(input.programmes.map((p) => p.id));
	const seats = new Map(input.programmes.map((p) => [p.id, Math.max(0, Math.floor(p.seats))]));
	const lists = new Map(input.applicants.map((a) => [a.id, activeChoices(a, known)]));
	const nextChoice = new Map(input.applicants.map((a) => [a.id, 0]));
	const holding = new Map<ProgrammeId, PlacementApplicant[]>(
		input.programmes.map((p) => [p.id, []])
	);

	const better = (programme: ProgrammeId) => (x: PlacementApplicant, y: PlacementApplicant) =>
		Number(holdsSeatAt(y, programme)) - Number(holdsSeatAt(x, programme)) ||
		compareKeys(keyAt(x, programme), keyAt(y, programme)) ||
		compareIds(x.id, y.id);

	let free = [...input.applicants];
	while (free.length > 0) {
		const proposals = new Map<ProgrammeId, PlacementApplicant[]>();
		for (const applicant of free) {
			const list = lists.get(applicant.id) ?? [];
			const index = nextChoice.get(applicant.id) ?? 0;
			const programme = list[index];
			if (programme === undefined) {
				continue;
			}
			nextChoice.set(applicant.id, index + 1);
			proposals.set(programme, [...(proposals.get(programme) ?? []), applicant]);
		}
		if (proposals.size === 0) {
			break;
		}
		// Whoever did not propose has no choice left and drops out; the rejected propose again.
		free = [];
		for (const [programme, newcomers] of proposals) {
			const everyone = [...(holding.get(programme) ?? []), ...newcomers].sort(better(programme));
			const kept = everyone.slice(0, seats.get(programme) ?? 0);
			holding.set(programme, kept);
			free.push(...everyone.slice(kept.length));
		}
	}

	const assignment: Record<string, ProgrammeId | null> = {};
	const placedAt = new Map<string, ProgrammeId>();
	for (const [programme, kept] of holding) {
		for (const applicant of kept) {
			placedAt.set(applicant.id, programme);
		}
	}
	for (const id of input.applicants.map((a) => a.id).sort(compareIds)) {
		assignment[id] = placedAt.get(id) ?? null;
	}
	const cutoffs: Record<string, PriorityKey | null> = {};
	for (const id of [...known].sort(compareIds)) {
		const kept = holding.get(id) ?? [];
		if (kept.length < (seats.get(id) ?? 0)) {
			cutoffs[id] = null;
			continue;
		}
		const competing = kept.filter((a) => !holdsSeatAt(a, id));
		const last = competing[competing.length - 1];
		cutoffs[id] = last === undefined ? NO_KEY_GETS_IN : keyAt(last, id);
	}
	return { assignment, cutoffs };
}
