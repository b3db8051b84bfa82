import type { PlacementApplicant, PriorityKey, ProgrammeId } from './contract';

/**
 * The programmes an applicant competes for in a run, most wanted first, in plain terms (the
 * fast engine builds the same list as arrays in prepare.ts; the naive engine, verification
 * and explanations read this one): known, keyed (eligible), first listing only, and in a
 * rolling round only those above the held seat, then the held seat itself.
 */
export function activeChoices(
	applicant: PlacementApplicant,
	known: ReadonlySet<ProgrammeId>
): ProgrammeId[] {
	const active: ProgrammeId[] = [];
	for (const choice of applicant.choices) {
		if (choice === applicant.held) {
			break;
		}
		if (known.has(choice) && applicant.keys[choice] !== undefined && !active.includes(choice)) {
			active.push(choice);
		}
	}
	if (applicant.held !== undefined) {
		active.push(applicant.held);
	}
	return active;
}

/** Whether the applicant holds a guaranteed seat at the programme. */
export function holdsSeatAt(applicant: PlacementApplicant, programme: ProgrammeId): boolean {
	return applicant.held === programme;
}

/** A key for comparisons; a holder without a key at their held seat compares as the empty key. */
export function keyAt(applicant: PlacementApplicant, programme: ProgrammeId): PriorityKey {
	return applicant.keys[programme] ?? [];
}
