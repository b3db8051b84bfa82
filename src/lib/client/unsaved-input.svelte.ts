/**
 * Forms with typing not yet written to IndexedDB register a flush here, so an app update
 * (or anything else that would reload) can save first and never reload over input.
 */
class UnsavedInput {
	private flushes = new Map<string, () => Promise<void>>();
	count = $state(0);

	register(key: string, flush: () => Promise<void>): () => void {
		this.flushes.set(key, flush);
		return () => {
			// A rebuilt form may have registered its own flush under the same key meanwhile.
			if (this.flushes.get(key) === flush) {
				this.flushes.delete(key);
			}
		};
	}

	markDirty(delta: 1 | -1): void {
		this.count = Math.max(0, this.count + delta);
	}

	async flushAll(): Promise<void> {
		await Promise.all([...this.flushes.values()].map((flush) => flush()));
	}
}

export const unsavedInput = new UnsavedInput();
