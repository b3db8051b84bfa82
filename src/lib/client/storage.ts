/**
 * Asks the browser to keep this origin's data (SYNC.md §1.2) after the first real draft.
 * Returns whether storage is persistent, so the UI can warn when it is not.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	if (!navigator.storage?.persist) {
		return false;
	}
	if (await navigator.storage.persisted()) {
		return true;
	}
	return navigator.storage.persist();
}
