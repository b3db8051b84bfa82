import type { PlacementInput, PlacementResult, PriorityKey, ProgrammeId } from './contract';
import { idRecord, NO_KEY_GETS_IN } from './keys';
import { prepare, type PreparedInput } from './prepare';

/**
 * Applicant-proposing deferred acceptance (Gale–Shapley; decision 0016). Each free applicant
 * proposes to their next active choice; a programme keeps its best `seats` proposals so far
 * (a max-heap of ranks, the worst admitted on top) and rejects the rest. Tentative admissions
 * are never final until nobody is free, which is why nobody gains by clicking first or by
 * ranking strategically. With strict keys the result is the unique applicant-optimal stable
 * matching, so it does not depend on who proposes when.
 */
export function place(input: PlacementInput): PlacementResult {
	const prepared = prepare(input);
	const matched = match(prepared);
	return toResult(prepared, matched);
}

/** Per applicant, the entry they are placed through, or -1. */
export function match(prepared: PreparedInput): Int32Array {
	const { seats, start, entryProgramme, entryRank } = prepared;
	const applicantCount = start.length - 1;
	const programmeCount = seats.length;

	// Heaps are sized by what can arrive, not by seats: a 5 000-seat programme with 30
	// applicants needs 30 slots.
	const proposals = new Int32Array(programmeCount);
	for (const p of entryProgramme) {
		proposals[p] = (proposals[p] as number) + 1;
	}
	const heapStart = new Int32Array(programmeCount + 1);
	const capacity = new Int32Array(programmeCount);
	for (let p = 0; p < programmeCount; p += 1) {
		capacity[p] = Math.min(seats[p] as number, proposals[p] as number);
		heapStart[p + 1] = (heapStart[p] as number) + (capacity[p] as number);
	}
	const heap = new Int32Array(heapStart[programmeCount] as number); // entries
	const heapSize = new Int32Array(programmeCount);

	const next = start.slice(0, applicantCount);
	const placed = new Int32Array(applicantCount).fill(-1);
	const free = new Int32Array(applicantCount);
	for (let a = 0; a < applicantCount; a += 1) {
		free[a] = applicantCount - 1 - a; // popped from the end: lowest index first
	}
	let freeCount = applicantCount;

	while (freeCount > 0) {
		freeCount -= 1;
		const a = free[freeCount] as number;
		const end = start[a + 1] as number;
		while ((next[a] as number) < end) {
			const e = next[a] as number;
			next[a] = e + 1;
			const p = entryProgramme[e] as number;
			const cap = capacity[p] as number;
			if (cap === 0) {
				continue;
			}
			const base = heapStart[p] as number;
			const size = heapSize[p] as number;
			if (size < cap) {
				heapSize[p] = size + 1;
				siftUp(heap, entryRank, base, size, e);
				placed[a] = e;
				break;
			}
			const worst = heap[base] as number;
			if ((entryRank[e] as number) < (entryRank[worst] as number)) {
				siftDown(heap, entryRank, base, size, e);
				placed[a] = e;
				const rejected = applicantOfEntry(start, worst);
				placed[rejected] = -1;
				free[freeCount] = rejected;
				freeCount += 1;
				break;
			}
		}
	}
	return placed;
}

/** A max-heap by rank: the worst admitted entry at `base`. */
function siftUp(heap: Int32Array, rank: Int32Array, base: number, at: number, e: number): void {
	const r = rank[e] as number;
	let i = at;
	while (i > 0) {
		const parent = (i - 1) >> 1;
		const above = heap[base + parent] as number;
		if ((rank[above] as number) >= r) {
			break;
		}
		heap[base + i] = above;
		i = parent;
	}
	heap[base + i] = e;
}

/** Replaces the top with `e` and restores the heap. */
function siftDown(heap: Int32Array, rank: Int32Array, base: number, size: number, e: number) {
	const r = rank[e] as number;
	let i = 0;
	for (;;) {
		const left = 2 * i + 1;
		if (left >= size) {
			break;
		}
		const right = left + 1;
		let child = left;
		if (
			right < size &&
			(rank[heap[base + right] as number] as number) > (rank[heap[base + left] as number] as number)
		) {
			child = right;
		}
		const below = heap[base + child] as number;
		if ((rank[below] as number) <= r) {
			break;
		}
		heap[base + i] = below;
		i = child;
	}
	heap[base + i] = e;
}

/** Binary search of the applicant owning an entry (entries are laid out applicant by applicant). */
function applicantOfEntry(start: Int32Array, e: number): number {
	let low = 0;
	let high = start.length - 2;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((start[mid] as number) <= e) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/**
 * Records written in id order, so equal runs serialise to equal bytes. A full programme's
 * cut-off is the worst key admitted without a guaranteed seat; when only held seats fill it,
 * no key gets in.
 */
function toResult(prepared: PreparedInput, placed: Int32Array): PlacementResult {
	const { programmeIds, applicantIds, seats, entryProgramme, entryKey, entryHeld } = prepared;
	const assignment = idRecord<ProgrammeId | null>();
	const filled = new Int32Array(seats.length);
	const worst = new Int32Array(seats.length).fill(-1);
	applicantIds.forEach((id, a) => {
		const e = placed[a] as number;
		if (e < 0) {
			assignment[id] = null;
			return;
		}
		const p = entryProgramme[e] as number;
		assignment[id] = programmeIds[p] as string;
		filled[p] = (filled[p] as number) + 1;
		if (entryHeld[e] === 0) {
			const w = worst[p] as number;
			if (w < 0 || (prepared.entryRank[e] as number) > (prepared.entryRank[w] as number)) {
				worst[p] = e;
			}
		}
	});
	const cutoffs = idRecord<PriorityKey | null>();
	programmeIds.forEach((id, p) => {
		if ((filled[p] as number) < (seats[p] as number)) {
			cutoffs[id] = null;
			return;
		}
		const w = worst[p] as number;
		cutoffs[id] = w < 0 ? NO_KEY_GETS_IN : (entryKey[w] as PriorityKey);
	});
	return { assignment, cutoffs };
}
