import type {
	ApplicantId,
	PlacementApplicant,
	PlacementInput,
	PlacementResult,
	ProgrammeId,
	VerificationReport
} from './contract';
import { activeChoices, holdsSeatAt, keyAt } from './choices';
import { compareIds, compareKeys } from './keys';

type Pair = { applicant: ApplicantId; programme: ProgrammeId };

/**
 * Checks a result against its input from first principles, without trusting the engine that
 * made it (issue 16 item 4: a run is published only when every list is empty).
 *
 * - blocking pair: the applicant prefers the programme to their placement (or has none) and
 *   outranks someone placed there who does not hold a guaranteed seat there;
 * - wasted seat: the applicant prefers the programme and it has an empty seat;
 * - over capacity, placed where not eligible or not chosen, a held seat lost.
 *
 * Equal keys are ordered by applicant id, as the engine orders them.
 */
export function verify(input: PlacementInput, result: PlacementResult): VerificationReport {
	const known = new Set(input.programmes.map((p) => p.id));
	const seats = new Map(input.programmes.map((p) => [p.id, Math.max(0, Math.floor(p.seats))]));
	const placedAt = (a: PlacementApplicant): ProgrammeId | null => result.assignment[a.id] ?? null;

	const filled = new Map<ProgrammeId, number>();
	/** Per programme, the worst applicant placed there without a guaranteed seat. */
	const worst = new Map<ProgrammeId, PlacementApplicant>();
	const ineligible: Pair[] = [];
	const heldSeatLost: ApplicantId[] = [];
	const lists = new Map<ApplicantId, ProgrammeId[]>();

	for (const applicant of input.applicants) {
		const list = activeChoices(applicant, known);
		lists.set(applicant.id, list);
		const programme = placedAt(applicant);
		if (applicant.held !== undefined && (programme === null || !list.includes(programme))) {
			heldSeatLost.push(applicant.id);
		}
		if (programme === null) {
			continue;
		}
		filled.set(programme, (filled.get(programme) ?? 0) + 1);
		const guaranteed = holdsSeatAt(applicant, programme) && known.has(programme);
		if (!guaranteed && (!list.includes(programme) || applicant.keys[programme] === undefined)) {
			ineligible.push({ applicant: applicant.id, programme });
			continue;
		}
		if (!guaranteed) {
			const current = worst.get(programme);
			if (current === undefined || outranks(current, applicant, programme)) {
				worst.set(programme, applicant);
			}
		}
	}

	const overCapacity = [...filled]
		.filter(([programme, count]) => count > (seats.get(programme) ?? 0))
		.map(([programme]) => programme);

	const blockingPairs: Pair[] = [];
	const wastedSeats: Pair[] = [];
	for (const applicant of input.applicants) {
		const list = lists.get(applicant.id) ?? [];
		const programme = placedAt(applicant);
		const placedIndex = programme === null ? list.length : list.indexOf(programme);
		const preferred = list.slice(0, placedIndex < 0 ? list.length : placedIndex);
		for (const wanted of preferred) {
			if ((filled.get(wanted) ?? 0) < (seats.get(wanted) ?? 0)) {
				wastedSeats.push({ applicant: applicant.id, programme: wanted });
				continue;
			}
			const last = worst.get(wanted);
			// A holder left out of their held seat outranks everyone placed there without one.
			const guaranteed = holdsSeatAt(applicant, wanted);
			if (last !== undefined && (guaranteed || outranks(applicant, last, wanted))) {
				blockingPairs.push({ applicant: applicant.id, programme: wanted });
			}
		}
	}

	const byPair = (x: Pair, y: Pair) =>
		compareIds(x.applicant, y.applicant) || compareIds(x.programme, y.programme);
	blockingPairs.sort(byPair);
	wastedSeats.sort(byPair);
	ineligible.sort(byPair);
	overCapacity.sort(compareIds);
	heldSeatLost.sort(compareIds);
	return {
		ok:
			blockingPairs.length +
				wastedSeats.length +
				overCapacity.length +
				ineligible.length +
				heldSeatLost.length ===
			0,
		blockingPairs,
		wastedSeats,
		overCapacity,
		ineligible,
		heldSeatLost
	};
}

/** Whether x comes before y at the programme (a better key, or an equal key and a lower id). */
function outranks(x: PlacementApplicant, y: PlacementApplicant, programme: ProgrammeId): boolean {
	return (compareKeys(keyAt(x, programme), keyAt(y, programme)) || compareIds(x.id, y.id)) < 0;
}
