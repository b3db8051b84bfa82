/**
 * Reference data read while one push is applied (a municipality, its institutions, its
 * settings for a service, whether the service is offered), kept for the rest of that push's
 * slice. A slice runs in one transaction and citizens' mutations never change reference
 * data, so a value read for its first mutation holds for its last (a new slice, a new
 * transaction, reads afresh: an administrator may have changed them in between); without this, a batch of 100 drafts
 * read the same rows 100 times (the push profile's largest share after Drizzle itself).
 */
export type BatchMemo = Map<string, unknown>;

export function memoized<T>(memo: BatchMemo | undefined, key: string, read: () => T): T {
	if (!memo) {
		return read();
	}
	if (memo.has(key)) {
		return memo.get(key) as T;
	}
	const value = read();
	memo.set(key, value);
	return value;
}
