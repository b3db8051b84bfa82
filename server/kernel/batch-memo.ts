/**
 * Reference data read while one push is applied (a municipality, its institutions, its
 * settings for a service, whether the service is offered), kept for the rest of that push.
 * A push runs in one transaction and citizens' mutations never change reference data, so a
 * value read for the first mutation holds for the last; without this, a batch of 100 drafts
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
