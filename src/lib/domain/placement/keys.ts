import type { PriorityKey } from './contract';

/**
 * Priority keys compare lexicographically, lower first; a key that is a prefix of another
 * comes first. Every part of the engine (fast, naive, verification, explanations) compares
 * through this one function, so they cannot disagree on what "better" means.
 */
export function compareKeys(a: PriorityKey, b: PriorityKey): number {
	const length = Math.min(a.length, b.length);
	for (let i = 0; i < length; i += 1) {
		const x = a[i] as number;
		const y = b[i] as number;
		if (x !== y) {
			return x < y ? -1 : 1;
		}
	}
	return a.length - b.length;
}

/** Ids in code-unit order: the order the engine's outputs are written in, whatever the input. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The cut-off of a full programme whose every seat is a guaranteed held seat: no key gets in
 * (the empty key is better than or equal to every key).
 */
export const NO_KEY_GETS_IN: PriorityKey = Object.freeze([]);

/**
 * An empty record for ids as keys. Records keyed by programme or applicant ids get their
 * properties in a different order each time; as ordinary objects V8 would build a hidden class
 * for every order seen (thousands in a run) and spend most of the run on them and on garbage.
 * A null-prototype object is a hash table from the start, and has no inherited names either.
 */
export function idRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}
