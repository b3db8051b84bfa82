/**
 * The most common failure of offline-first apps is a queue that silently stops moving
 * (SYNC.md §1.6). While online, changes older than the threshold with no successful push
 * since they were made are reported, so the person can see it and retry.
 */
export const STUCK_AFTER_MS = 5 * 60 * 1000;

export type StuckQueue = { count: number; oldestAgeMs: number } | null;

export function stuckQueue(input: {
	online: boolean;
	pendingCreatedAt: readonly number[];
	lastPushOkAt: number | null;
	now: number;
	thresholdMs?: number;
}): StuckQueue {
	const threshold = input.thresholdMs ?? STUCK_AFTER_MS;
	if (!input.online || input.pendingCreatedAt.length === 0) {
		return null;
	}
	const oldest = Math.min(...input.pendingCreatedAt);
	const age = input.now - oldest;
	const pushedSince = input.lastPushOkAt !== null && input.lastPushOkAt > oldest;
	// A push that succeeded after the oldest change means the queue moves; a change that
	// is still waiting then is only waiting its turn.
	if (age < threshold || (pushedSince && input.now - (input.lastPushOkAt ?? 0) < threshold)) {
		return null;
	}
	return { count: input.pendingCreatedAt.length, oldestAgeMs: age };
}

/** "2 hours", "15 minutes" in the UI's language. */
export function formatAge(ms: number, lang: 'lv' | 'en'): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	const [value, unit] = minutes < 120 ? [minutes, 'minute'] : [Math.round(minutes / 60), 'hour'];
	return new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
		style: 'unit',
		unit,
		unitDisplay: 'long'
	}).format(value);
}
