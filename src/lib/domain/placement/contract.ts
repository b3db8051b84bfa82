/**
 * The placement engine's contract (issue 16): what a matching run takes and gives. Pure data,
 * no I/O, so the browser (explanations), the server (runs) and the benchmarks share it.
 *
 * The engine knows programmes, seats and ranked lists only. Priority groups, tie-breaks and
 * evidence are worked out before a run (rule sets, `rules.ts`) and reach the engine as one
 * strict key per (applicant, programme): a list of numbers compared lexicographically, lower
 * first. A key exists only where the applicant is eligible; a choice without a key is skipped.
 */

export type ProgrammeId = string;
export type ApplicantId = string;

/** Lexicographic, lower is better: [group rank, tie-break value(s)…, seeded fallback]. */
export type PriorityKey = readonly number[];

export interface PlacementProgramme {
	readonly id: ProgrammeId;
	/** Seats this run may fill, including seats held by applicants of a rolling round. */
	readonly seats: number;
}

export interface PlacementApplicant {
	readonly id: ApplicantId;
	/** Ranked choices, most wanted first; no duplicates. */
	readonly choices: readonly ProgrammeId[];
	/** The applicant's key at each programme they are eligible for. */
	readonly keys: Readonly<Record<ProgrammeId, PriorityKey>>;
	/**
	 * Rolling rounds: the seat the child holds now. It stays guaranteed; only choices ranked
	 * above it remain active. Absent in a main round.
	 */
	readonly held?: ProgrammeId;
}

export interface PlacementInput {
	readonly programmes: readonly PlacementProgramme[];
	readonly applicants: readonly PlacementApplicant[];
}

export interface PlacementResult {
	/** Every applicant of the input: the programme placed at, or null. */
	readonly assignment: Readonly<Record<ApplicantId, ProgrammeId | null>>;
	/**
	 * Per programme, the worst key admitted when the programme is full (anyone with a
	 * better key who wanted it more than their placement got in), or null when seats are left.
	 */
	readonly cutoffs: Readonly<Record<ProgrammeId, PriorityKey | null>>;
}

/** What must hold before a run is published; any non-empty list blocks publication. */
export interface VerificationReport {
	readonly ok: boolean;
	/** (applicant, programme): prefers the programme and outranks someone placed there. */
	readonly blockingPairs: readonly { applicant: ApplicantId; programme: ProgrammeId }[];
	/** (applicant, programme): prefers the programme, is eligible, and a seat there is empty. */
	readonly wastedSeats: readonly { applicant: ApplicantId; programme: ProgrammeId }[];
	readonly overCapacity: readonly ProgrammeId[];
	/** Placed where not eligible or not chosen. */
	readonly ineligible: readonly { applicant: ApplicantId; programme: ProgrammeId }[];
	/** A rolling-round applicant left worse off than the seat they held. */
	readonly heldSeatLost: readonly ApplicantId[];
}
